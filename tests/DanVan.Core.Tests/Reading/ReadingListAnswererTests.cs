using DanVan.Core.Answering;
using DanVan.Core.Ingestion;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Reading;

public sealed class ReadingListAnswererTests : IClassFixture<KnowledgeFixture>
{
    private readonly IQuestionAnswerer _answerer;

    public ReadingListAnswererTests(KnowledgeFixture fixture) => _answerer = fixture.Services.Get<IQuestionAnswerer>();

    [Theory]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ khi nào?")]
    [InlineData("Luật dân chủ cơ sở 2022 quy định gì về hội nghị thôn?")]
    [InlineData("luat so 10/2022/qh15 quy dinh gi")]
    public async Task AnswerAsync_QuestionNamingAMissingListedDocument_SaysItIsNotLoaded(string question)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.StartsWith("Xin lỗi, văn bản Luật Thực hiện dân chủ ở cơ sở (số 10/2022/QH15) chưa có trong kho tài liệu"
            .Replace("Xin lỗi, văn bản", answer.Outcome == AnswerOutcome.None ? "Xin lỗi, văn bản" : "Lưu ý: văn bản", StringComparison.Ordinal),
            answer.Text, StringComparison.Ordinal);
        Assert.Contains("chưa có trong kho tài liệu", answer.Body, StringComparison.Ordinal);
        // A refusal stays a refusal; quoted material keeps its sources after the note.
        Assert.Equal(answer.Outcome != AnswerOutcome.None, answer.Text.Contains("Nguồn:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_DeclinedQuestionNamingAMissingListedDocument_IsAPoliteRefusalNamingIt()
    {
        using var empty = new CoreServices();
        var answer = await empty.Get<IQuestionAnswerer>().AnswerAsync("luat so 10/2022/qh15 quy dinh gi");

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Empty(answer.Sources);
        Assert.Contains("Khi quản trị viên nạp văn bản này", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_TwoMissingDocuments_NamesBoth()
    {
        var answer = await _answerer.AnswerAsync("Quyết định 217-QĐ/TW và 218-QĐ/TW khác nhau thế nào?");

        Assert.False(answer.Grounded);
        Assert.Contains("217-QĐ/TW", answer.Text, StringComparison.Ordinal);
        Assert.Contains("218-QĐ/TW", answer.Text, StringComparison.Ordinal);
        Assert.Contains("các văn bản", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("giá vàng hôm nay bao nhiêu")] // names no listed document: the plain refusal
    [InlineData("Năm 2016 Bình Phước tập huấn dân vận cho bao nhiêu cán bộ?")] // answered: untouched
    public async Task AnswerAsync_QuestionNamingNoListedDocument_IsLeftAsItWas(string question)
    {
        var answer = await _answerer.AnswerAsync(question);

        Assert.DoesNotContain("chưa có trong kho tài liệu của trợ lý", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AfterTheDocumentIsIngested_NoLongerSaysItIsMissing()
    {
        using var services = new CoreServices();
        var answerer = services.Get<IQuestionAnswerer>();
        const string question = "Nghị định 59/2023/NĐ-CP quy định Ban Thanh tra nhân dân có bao nhiêu thành viên?";
        Assert.Contains("59/2023/NĐ-CP", (await answerer.AnswerAsync(question)).Text, StringComparison.Ordinal);

        await services.Get<IKnowledgeAdmin>().IngestAsync(ReadingCoverageTests.OfficialDocument("59/2023/NĐ-CP",
            "Văn bản này chỉ dùng để kiểm thử việc nhận biết số hiệu."), "nd59.txt", "test");

        Assert.DoesNotContain("chưa có trong kho tài liệu", (await answerer.AnswerAsync(question)).Text, StringComparison.Ordinal);
    }
}
