using DanVan.Core.Answering;
using DanVan.Core.Lexicon;

namespace DanVan.Core.Tests.Answering;

public sealed class ArticlePartTests
{
    private const string Article5 = """
        1. UBND xã thực hiện công tác dân vận chính quyền.
        2. Chủ tịch UBND xã có trách nhiệm:
        a) Trực tiếp tiếp công dân định kỳ ít nhất 02 ngày trong tháng;
        b) Tổ chức đối thoại với nhân dân ít nhất 02 lần trong năm;
        3.
        Công khai thủ tục hành chính tại trụ sở UBND xã.
        Thời gian niêm yết ít nhất 30 ngày liên tục.
        """;

    private static ArticlePart? Of(string question) => ArticlePart.Of(question, QuestionLexicon.Default);

    [Theory]
    [InlineData("khoản 4 Điều 9 quy chế nói gì?", "khoản 4 Điều 9")]
    [InlineData("khoan 4 dieu 9 quy che noi gi", "khoản 4 Điều 9")]
    [InlineData("Đ5 k4: cán bộ xã phải làm gì?", "khoản 4 Điều 5")]
    [InlineData("Điều 5 K.2 quy định gì?", "khoản 2 Điều 5")]
    [InlineData("điểm a khoản 2 Điều 5 quy định gì?", "điểm a khoản 2 Điều 5")]
    [InlineData("diem b dieu 3 quy che", "điểm b Điều 3")]
    public void Of_ClauseOrPointOfANamedArticle_IsLabelled(string question, string label) =>
        Assert.Equal(label, Of(question)?.Label);

    [Theory]
    [InlineData("Điều 9 quy chế dân vận xã quy định gì?")] // the article alone is HoldsArticle's
    [InlineData("khoản 4 quy chế dân vận xã quy định gì?")] // no article named
    [InlineData("Điều 5 quy chế: hội nghị có bao nhiêu điểm cầu?")] // "điểm cầu" is no point
    public void Of_NoClauseOrPointOfAnArticle_IsNull(string question) => Assert.Null(Of(question));

    [Fact]
    public void Lines_ClauseAsked_AreItsLinesWithItsPointsAndContinuations()
    {
        Assert.Equal(
            new[] { "2. Chủ tịch UBND xã có trách nhiệm:", "a) Trực tiếp tiếp công dân định kỳ ít nhất 02 ngày trong tháng;", "b) Tổ chức đối thoại với nhân dân ít nhất 02 lần trong năm;" }.Order(StringComparer.Ordinal),
            Of("khoản 2 Điều 5 quy định gì")!.Lines(Article5).Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { "3. Công khai thủ tục hành chính tại trụ sở UBND xã.", "Thời gian niêm yết ít nhất 30 ngày liên tục." }.Order(StringComparer.Ordinal),
            Of("khoản 3 Điều 5 quy định gì")!.Lines(Article5).Order(StringComparer.Ordinal)); // "3." alone on its line opens the next
        Assert.Equal(["b) Tổ chức đối thoại với nhân dân ít nhất 02 lần trong năm;"], Of("điểm b khoản 2 Điều 5")!.Lines(Article5));
        Assert.Empty(Of("khoản 4 Điều 5")!.Lines(Article5));
        Assert.Empty(Of("điểm c khoản 2 Điều 5")!.Lines(Article5));
        Assert.Empty(Of("điểm a khoản 1 Điều 5")!.Lines(Article5));
    }

    [Theory]
    [InlineData("Quy chế › Chương II › Điều 5. Trách nhiệm của UBND xã", true)]
    [InlineData("Quy chế › Chương II › Điều 15. Hiệu lực", false)]
    [InlineData("Quy chế › Chương II", false)]
    [InlineData(null, false)]
    public void IsOf_SectionEndingInTheArticle(string? section, bool expected) =>
        Assert.Equal(expected, Of("khoản 2 Điều 5")!.IsOf(section, QuestionLexicon.Default));
}
