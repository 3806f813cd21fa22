using DanVan.Core.Answering;

namespace DanVan.Core.Tests.Answering;

public sealed class KeywordQuestionCondenserTests
{
    private const string Previous = "Lớp bồi dưỡng kỹ năng dân vận tổ chức ở Hà Nội khi nào?";

    [Fact]
    public async Task CondenseAsync_NoPreviousQuestion_Unchanged()
    {
        var condenser = new KeywordQuestionCondenser();

        Assert.Equal("Dân vận khéo là gì?", await condenser.CondenseAsync("  Dân vận khéo là gì? ", null));
    }

    [Fact]
    public void Condense_ShortFollowUpNamingAnotherPlace_CarriesTopicButNotTheOldPlace()
    {
        var condensed = KeywordQuestionCondenser.Condense("Thế còn ở Đà Nẵng?", Previous);

        Assert.StartsWith("Thế còn ở Đà Nẵng?", condensed, StringComparison.Ordinal);
        Assert.Contains("lớp bồi dưỡng kỹ năng dân vận tổ chức", condensed, StringComparison.Ordinal);
        Assert.DoesNotContain("Hà", condensed, StringComparison.Ordinal);
        Assert.DoesNotContain("khi", condensed.Replace("Thế còn ở Đà Nẵng?", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Condense_FollowUpReferringBack_CarriesPreviousContentWords()
    {
        var condensed = KeywordQuestionCondenser.Condense("Ai được tham gia lớp đó và cần chuẩn bị hồ sơ gì?", Previous);

        Assert.Contains("bồi dưỡng kỹ năng dân vận", condensed, StringComparison.Ordinal);
        Assert.Contains("Hà Nội", condensed, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(condensed, "lớp", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Condense_LongStandaloneQuestion_Unchanged()
    {
        const string question = "Quy chế dân chủ ở cơ sở quy định những nội dung nhân dân được bàn và quyết định trực tiếp nào?";

        Assert.Equal(question, KeywordQuestionCondenser.Condense(question, Previous));
    }

    [Fact]
    public void Condense_PreviousOnlyStopWords_NewQuestionUnchanged()
    {
        Assert.Equal("Còn gì nữa?", KeywordQuestionCondenser.Condense("Còn gì nữa?", "Vậy thì sao ạ?"));
    }
}
