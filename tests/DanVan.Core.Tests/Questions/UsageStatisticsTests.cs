using DanVan.Core.Answering;
using DanVan.Core.Questions;
using DanVan.Core.Tests.Support;
using DanVan.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Core.Tests.Questions;

public sealed class UsageStatisticsTests : IDisposable
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    // 2026-12-01 20:00 UTC is already 2 December in Vietnam.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero));
    private readonly CoreServices _services;

    public UsageStatisticsTests() => _services = new CoreServices(configure: s => s.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task Get_CountsPerLocalDayOutcomesDocumentsAndVotes()
    {
        var log = _services.Get<QuestionLog>();
        await log.RecordAsync(QuestionLogTests.Answer("a", AnswerOutcome.Answered, (1, 10, "Tài liệu A"), (2, 20, "Tài liệu B")), "telegram");
        _clock.Advance(TimeSpan.FromDays(1));
        var b = await log.RecordAsync(QuestionLogTests.Answer("b", AnswerOutcome.Answered, (1, 11, "Tài liệu A")), "telegram");
        await log.RecordAsync(QuestionLogTests.Answer("c", AnswerOutcome.Related, (2, 20, "Tài liệu B")), "telegram");
        await log.RecordAsync(QuestionLogTests.Answer("d", AnswerOutcome.None), "telegram");
        await log.VoteAsync(b, 1, 1);
        await log.VoteAsync(b, 2, -1);
        await log.VoteAsync(b, 3, 1);

        var report = await _services.Get<UsageStatistics>().GetAsync(3, Vietnam);

        Assert.Equal(new DateOnly(2026, 12, 2), report.To);
        Assert.Equal([0, 1, 3], report.Days.Select(d => d.Count));
        Assert.Equal((4, 2, 1, 1), (report.Total, report.Answered, report.Related, report.Declined));
        Assert.Equal(0.5, report.Share(report.Answered));
        Assert.Equal(("Tài liệu A", 2), (report.TopDocuments[0].Title, report.TopDocuments[0].Questions));
        Assert.Equal((2, 1), (report.VotesUp, report.VotesDown));
    }

    [Fact]
    public async Task Get_QuestionsBeforeTheSpan_NotCounted()
    {
        await _services.Get<QuestionLog>().RecordAsync(QuestionLogTests.Answer("a", AnswerOutcome.None), "telegram");
        _clock.Advance(TimeSpan.FromDays(10));

        var report = await _services.Get<UsageStatistics>().GetAsync(7, Vietnam);

        Assert.Equal(0, report.Total);
        Assert.Equal(7, report.Days.Count);
        Assert.Equal(0, report.Share(report.Answered));
    }

    public void Dispose() => _services.Dispose();
}
