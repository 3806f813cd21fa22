using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// The aspect a question asks of what it names (a standard, an origin, whether a document is still in force, whether
/// learners were satisfied) is answered only where the materials say it; a reason only by a statement of it about
/// what the question asks it of; a law named by its title only where the materials name it.
/// </summary>
public sealed class AnswerExpectationAspectTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public AnswerExpectationAspectTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    private const string Topic = "Theo báo cáo tại lớp học, toàn tỉnh hiện có 236 người có uy tín trong đồng bào dân tộc thiểu số, Chỉ thị 18/2000/CT-TTg được quán triệt.";

    [Theory]
    [InlineData("Tiêu chuẩn để được công nhận là người có uy tín trong đồng bào dân tộc thiểu số là gì?", "tiêu chuẩn")]
    [InlineData("tieu chuan de duoc cong nhan la nguoi co uy tin trong dong bao dan toc thieu so la gi", "tiêu chí")] // typed without diacritics, met by another word of its group
    [InlineData("Chỉ thị 18/2000/CT-TTg hiện còn hiệu lực không?", "hiệu lực")] // a yes/no clause asks it
    [InlineData("Học viên có hài lòng với chuyên đề không?", "hài lòng")]
    [InlineData("tien than cua Ban Dan van Trung uong la ban gi", "tiền thân")]
    [InlineData("Người có uy tín nào được đánh giá cao nhất?", "đánh giá cao")]
    public void HoldsAspects_AspectAsked_NeedsTheWindowToSayIt(string question, string aspect)
    {
        var expectation = For(question);

        Assert.False(expectation.HoldsAspects(Tokenizer.Tokenize(Topic)));
        Assert.True(expectation.HoldsAspects(Tokenizer.Tokenize(Topic), Tokenizer.Tokenize($"Văn bản nêu rõ {aspect} của người có uy tín.")));
    }

    [Theory]
    [InlineData("Toàn tỉnh có bao nhiêu người có uy tín?")] // no aspect asked
    [InlineData("Theo tiêu chuẩn mới, toàn tỉnh có bao nhiêu người có uy tín?")] // named where the scene is set, not asked
    public void HoldsAspects_NoAspectAsked_HoldsAnyWindow(string question) =>
        Assert.True(For(question).HoldsAspects(Tokenizer.Tokenize(Topic)));

    // A count asked over the whole country is not the province's total; asked over the province in other words, it is.
    [Theory]
    [InlineData("Cả nước có bao nhiêu người có uy tín trong đồng bào dân tộc thiểu số?", false)]
    [InlineData("ca nuoc co bao nhieu nguoi co uy tin trong dong bao dan toc thieu so", false)]
    [InlineData("Toàn quốc có bao nhiêu người có uy tín?", false)]
    [InlineData("Cả tỉnh có bao nhiêu người có uy tín?", true)]
    [InlineData("Có bao nhiêu người có uy tín?", true)]
    public void HoldsCountScope_WholeAreaAsked_NotMetByAnother(string question, bool met) =>
        Assert.Equal(met, For(question).HoldsCountScope("Theo báo cáo tại lớp học, toàn tỉnh hiện có 236 người có uy tín trong đồng bào dân tộc thiểu số.", []));

    private static RetrievedPassage Passage(string text) =>
        new(1, 1, 0, "Lớp bồi dưỡng công tác dân vận vùng đồng bào dân tộc thiểu số năm 2021", null, text, "test.md", "Báo Đắk Nông", new DateOnly(2021, 10, 20), "Đắk Nông", 1.0);

    private const string Course =
        "Sáng 20/10, tại thành phố Gia Nghĩa, Ban Dân vận Tỉnh ủy Đắk Nông khai mạc lớp bồi dưỡng công tác dân vận năm 2021. " +
        "Do tình hình dịch COVID-19, lớp học được tổ chức kết hợp trực tiếp và trực tuyến qua 8 điểm cầu các huyện.";

    // The reason stated beside the sentence naming the town is why the course was held online, not why it was held there.
    [Fact]
    public async Task ComposeAsync_ReasonStatedOfAnotherAct_DoesNotAnswer()
    {
        var other = await _composer.ComposeAsync("Vì sao lớp Đắk Nông năm 2021 lại chọn tổ chức ở thành phố Gia Nghĩa?", [Passage(Course)]);
        var stated = await _composer.ComposeAsync("Vì sao lớp Đắk Nông năm 2021 phải tổ chức kết hợp trực tiếp và trực tuyến?", [Passage(Course)]);

        Assert.NotEqual(AnswerOutcome.Answered, other.Outcome);
        Assert.Equal(AnswerOutcome.Answered, stated.Outcome);
        Assert.Contains("COVID-19", stated.Text, StringComparison.Ordinal);
    }

    private const string Regulation =
        "Chủ tịch UBND xã trực tiếp tiếp công dân định kỳ ít nhất 02 ngày trong tháng tại trụ sở xã Phước Thịnh. " +
        "Hằng năm, Đảng ủy xã sơ kết việc thực hiện Quy chế vào tháng 12. " +
        "Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018 của Đảng ủy xã Phước Thịnh.";

    // A law named by its title typed without diacritics is named as typed with them: a passage that never names it does not answer.
    [Theory]
    [InlineData("Luat Dat dai 2024 quy dinh the nao ve boi thuong khi thu hoi dat", "Luat Dat dai")]
    [InlineData("Luật Đất đai 2024 quy định thế nào về bồi thường khi thu hồi đất?", "Luật Đất đai")]
    public async Task ComposeAsync_LawNamedNowhere_Declines(string question, string missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Regulation)]);

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Contains(missing, answer.Text, StringComparison.Ordinal);
    }
}
