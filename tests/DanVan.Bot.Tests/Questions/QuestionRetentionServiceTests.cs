using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.State;
using DanVan.Bot.Questions;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Answering;
using DanVan.Core.Questions;
using DanVan.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DanVan.Bot.Tests.Questions;

public sealed class QuestionRetentionServiceTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly TimerCountingTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly IHost _host;

    public QuestionRetentionServiceTests() =>
        _host = TestHost.Build(_db, _clock, new FakeTelegramBotClient(), new Dictionary<string, string?> { ["Questions:RetentionDays"] = "2" });

    private Task<long> Record(string question) =>
        _host.Get<QuestionLog>().RecordAsync(new Answer(question, "…", false, []), "telegram");

    private async Task<long> Count()
    {
        var report = await _host.Get<UsageStatistics>().GetAsync(30, TimeZoneInfo.Utc);
        return report.Total;
    }

    [Fact]
    public async Task Service_PurgesAtStartAndThenDaily()
    {
        await Record("cũ");
        _clock.Advance(TimeSpan.FromDays(3));
        await Record("mới");
        var service = ActivatorUtilities.CreateInstance<QuestionRetentionService>(_host.Services);

        await service.StartAsync(CancellationToken.None);
        await WaitFor(async () => await Count() == 1);
        await WaitFor(() => Task.FromResult(_clock.PendingTimers > 0));
        _clock.Advance(TimeSpan.FromDays(2));
        await Record("mới hơn");
        // The service waits on the clock again before it is moved (a timer armed after the move would not fire).
        await WaitFor(() => Task.FromResult(_clock.PendingTimers > 0));
        _clock.Advance(QuestionRetentionService.Interval);
        await WaitFor(async () => await Count() == 1);
        await service.StopAsync(CancellationToken.None);

        var left = await _host.Get<UnansweredReport>().ListAsync();
        Assert.Equal("mới hơn", Assert.Single(left).Example);
    }

    [Fact]
    public async Task PurgeOnce_WithTelegram_AlsoForgetsFollowUpMemoryPastRetention()
    {
        var store = new FollowUpStore(_host.Get<DanVan.Core.Storage.SqliteConnectionFactory>(), _clock,
            Microsoft.Extensions.Options.Options.Create(new DanVan.Bot.Messaging.Settings.BotOptions()));
        await store.RememberAsync(5, [10], "câu cũ", CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(3));
        await store.RememberAsync(5, [11], "câu mới", CancellationToken.None);
        using var telegram = new ServiceCollection().AddSingleton(store).BuildServiceProvider();
        var service = ActivatorUtilities.CreateInstance<QuestionRetentionService>(_host.Services, (IServiceProvider)telegram);

        await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Null(await store.FindQuestionAsync(5, 10, CancellationToken.None));
        Assert.Equal("câu mới", await store.FindQuestionAsync(5, 11, CancellationToken.None));
    }

    private static async Task WaitFor(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(await condition());
    }

    public void Dispose()
    {
        _host.Dispose();
        _db.Dispose();
    }
}
