using DanVan.Core.Answering;
using DanVan.Core.Questions;
using DanVan.Core.Tests.Support;
using DanVan.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Core.Tests.Questions;

public sealed class UnansweredReportTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));
    private CoreServices _services;

    public UnansweredReportTests() => _services = Create();

    private CoreServices Create(Action<IServiceCollection>? more = null) =>
        new(configure: s =>
        {
            s.AddSingleton<TimeProvider>(_clock);
            more?.Invoke(s);
        });

    private async Task<long> Ask(string question, AnswerOutcome outcome)
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        return await _services.Get<QuestionLog>().RecordAsync(QuestionLogTests.Answer(question, outcome), "telegram");
    }

    [Fact]
    public async Task List_GroupsSameQuestionTypedDifferently_MostAskedFirst()
    {
        await Ask("Giá vàng hôm nay?", AnswerOutcome.None);
        await Ask("Lớp tập huấn ở Hà Nam học mấy ngày?", AnswerOutcome.Answered);
        await Ask("Năm 2025 Lào Cai tập huấn bao nhiêu người?", AnswerOutcome.Related);
        await Ask("gia vang hom nay", AnswerOutcome.None);

        var groups = await _services.Get<UnansweredReport>().ListAsync();

        Assert.Equal(2, groups.Count);
        Assert.Equal(("gia hom vang", 2, "gia vang hom nay"), (groups[0].Key, groups[0].Count, groups[0].Example));
        Assert.Equal(1, groups[1].Count);
        Assert.Equal(1, groups[1].Declined);
        Assert.DoesNotContain(groups, g => g.Example.Contains("Hà Nam", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_EqualCounts_NewestFirst()
    {
        await Ask("Câu hỏi thứ nhất về thuế?", AnswerOutcome.None);
        await Ask("Câu hỏi thứ hai về bảo hiểm?", AnswerOutcome.None);

        var groups = await _services.Get<UnansweredReport>().ListAsync();

        Assert.Contains("bảo hiểm", groups[0].Example, StringComparison.Ordinal);
        Assert.True(groups[0].LastAsked > groups[1].LastAsked);
    }

    [Fact]
    public async Task List_AnsweredButVotedDown_Included()
    {
        var id = await Ask("Ai là Trưởng ban?", AnswerOutcome.Answered);
        var log = _services.Get<QuestionLog>();
        await log.VoteAsync(id, 1, -1);
        await log.VoteAsync(id, 2, -1);
        await log.VoteAsync(id, 3, 1);

        var group = Assert.Single(await _services.Get<UnansweredReport>().ListAsync());

        Assert.Equal((1, 0, 1), (group.Count, group.Declined, group.DownVoted));
    }

    [Fact]
    public async Task List_WithMissingDocumentClassifier_CountsQuestionsAgainstTheDocument()
    {
        _services.Dispose();
        _services = Create(s => s.AddSingleton<IMissingDocumentClassifier>(new KeywordClassifier("thuế", "Luật Thuế")));
        await Ask("Thuế thu nhập tính thế nào?", AnswerOutcome.None);
        await Ask("Mức thuế đất ở?", AnswerOutcome.None);
        await Ask("Giá vàng?", AnswerOutcome.None);

        var groups = await _services.Get<UnansweredReport>().ListAsync();

        Assert.Equal(("Luật Thuế", 2, true), (groups[0].Key, groups[0].Count, groups[0].MissingDocument));
        Assert.False(groups[1].MissingDocument);
    }

    [Fact]
    public async Task List_WithTheReadingList_CountsDeclinedQuestionsAgainstTheMissingListedDocumentTheyName()
    {
        await Ask("Luật dân chủ cơ sở 2022 quy định gì về hương ước?", AnswerOutcome.None);
        await Ask("nghi quyet 25 ve dan van", AnswerOutcome.None);
        await Ask("luat thuc hien dan chu o co so co hieu luc khi nao", AnswerOutcome.Related);
        await Ask("Luật số 10/2022/QH15 có mấy chương?", AnswerOutcome.None);
        await Ask("Giá vàng hôm nay?", AnswerOutcome.None);

        var groups = await _services.Get<UnansweredReport>().ListAsync();

        Assert.Equal(("Luật Thực hiện dân chủ ở cơ sở (số 10/2022/QH15)", 3, 3, true),
            (groups[0].Key, groups[0].Count, groups[0].Declined, groups[0].MissingDocument));
        Assert.Equal(3, groups.Count);
        Assert.Contains(groups, g => g.MissingDocument && g.Key.EndsWith("(số 25-NQ/TW)", StringComparison.Ordinal) && g.Count == 1);
        Assert.False(Assert.Single(groups, g => g.Example.Contains("vàng", StringComparison.Ordinal)).MissingDocument);
    }

    [Fact]
    public async Task List_OnceTheListedDocumentIsLoaded_ItsQuestionsGroupByTheirWordsAgain()
    {
        await Ask("Luật dân chủ cơ sở 2022 quy định gì về hương ước?", AnswerOutcome.None);
        await _services.Get<DanVan.Core.Ingestion.IKnowledgeAdmin>().IngestAsync(
            DanVan.Core.Tests.Reading.ReadingCoverageTests.OfficialDocument("10/2022/QH15", "Văn bản làm cho kiểm thử."), "luat.txt", "test");

        var group = Assert.Single(await _services.Get<UnansweredReport>().ListAsync());

        Assert.False(group.MissingDocument);
    }

    private sealed class KeywordClassifier(string word, string document) : IMissingDocumentClassifier
    {
        public string? Classify(string question) => question.Contains(word, StringComparison.OrdinalIgnoreCase) ? document : null;
    }

    public void Dispose() => _services.Dispose();
}
