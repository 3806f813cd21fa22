using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;

using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Tests.Courses;

public sealed class DigestSchedulerTests : IDisposable
{
    private static readonly DateOnly Nov24 = new(2026, 11, 24);
    private readonly DigestHarness _h;

    public DigestSchedulerTests()
    {
        _h = new DigestHarness(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.FromHours(7)));
    }

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task RunOnceAsync_BeforeScheduledTime_SendsNothingAndWaitsUntilIt()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);

        var next = await _h.NewScheduler().RunOnceAsync(CancellationToken.None);

        Assert.Empty(_h.Api.Attempts);
        Assert.Equal(_h.Local(2026, 11, 24, 7), next);
    }

    [Fact]
    public async Task RunOnceAsync_AtScheduledMoment_OneHtmlDigestPerChatThenWaitsForTomorrow()
    {
        await _h.SubscribeAsync(-100, -200);
        await _h.AddCourseAsync("Lớp <bồi dưỡng>", Nov24, Nov24.AddDays(2));
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));

        var next = await _h.NewScheduler().RunOnceAsync(CancellationToken.None);

        Assert.Equal([-100L, -200L], _h.Api.Sent.Select(s => s.ChatId).Order().Reverse());
        var message = _h.Api.Sent[0];
        Assert.Equal(ParseMode.Html, message.ParseMode);
        Assert.True(message.LinkPreviewOptions?.IsDisabled);
        Assert.Contains("Lịch lớp học — Thứ Ba, 24/11/2026", message.Text);
        Assert.Contains("Lớp &lt;bồi dưỡng&gt;", message.Text);
        Assert.Equal(_h.Local(2026, 11, 25, 7), next);
        var entry = await _h.Log.GetAsync(-100, Nov24);
        Assert.Equal(DigestSendStatus.Sent, entry!.Status);
        Assert.NotNull(entry.MessageId);
    }

    [Fact]
    public async Task RunOnceAsync_AgainLaterSameDay_NoSecondDigest()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        var scheduler = _h.NewScheduler();
        await scheduler.RunOnceAsync(CancellationToken.None);

        _h.Clock.Advance(TimeSpan.FromHours(5));
        await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Single(_h.Api.Attempts);
    }

    [Fact]
    public async Task RunOnceAsync_BotDownAtScheduledTime_CatchesUpLaterSameDay()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 15, 30));

        await _h.NewScheduler().RunOnceAsync(CancellationToken.None);

        var sent = Assert.Single(_h.Api.Sent);
        Assert.Contains("Thứ Ba, 24/11/2026", sent.Text);
    }

    [Fact]
    public async Task RunOnceAsync_RestartAfterSending_NoDuplicate()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        await _h.NewScheduler().RunOnceAsync(CancellationToken.None);

        _h.Clock.Advance(TimeSpan.FromMinutes(10));
        var next = await _h.NewScheduler().RunOnceAsync(CancellationToken.None);

        Assert.Single(_h.Api.Attempts);
        Assert.Equal(_h.Local(2026, 11, 25, 7), next);
    }

    [Fact]
    public async Task RunOnceAsync_CrashedBetweenClaimAndSend_NotSentAgainAfterRestart()
    {
        await _h.SubscribeAsync(-100, -200);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);
        // What a crash mid-send leaves behind: the claim, never completed.
        await _h.Log.TryRecordAsync(-100, Nov24, DigestSendStatus.Sending);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7, 2));

        await _h.NewScheduler().RunOnceAsync(CancellationToken.None);

        Assert.Equal([-200L], _h.Api.Attempts.Select(a => a.ChatId));
    }

    [Fact]
    public async Task RunOnceAsync_DownPastLocalMidnight_MissedDayNotSentLateAndNextDaySentAtTime()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24, Nov24.AddDays(3));
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 25, 0, 30));
        var scheduler = _h.NewScheduler();

        var next = await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Empty(_h.Api.Attempts);
        Assert.Equal(_h.Local(2026, 11, 25, 7), next);
        _h.Clock.SetUtcNow(next);
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Contains("Thứ Tư, 25/11/2026", Assert.Single(_h.Api.Sent).Text);
        Assert.Null(await _h.Log.GetAsync(-100, Nov24));
    }

    [Fact]
    public async Task RunOnceAsync_DueBeforeUtcMidnight_DigestIsForTheLocalDay()
    {
        using var h = new DigestHarness(new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.Zero), time: "06:00");
        await h.SubscribeAsync(-100);
        await h.AddCourseAsync("Kết thúc hôm qua", Nov24.AddDays(-1));
        await h.AddCourseAsync("Bắt đầu hôm nay", Nov24);
        // 06:00 in Vietnam on the 24th is 23:00 UTC on the 23rd.
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.Zero));

        await h.NewScheduler().RunOnceAsync(CancellationToken.None);

        var text = Assert.Single(h.Api.Sent).Text;
        Assert.Contains("Lịch lớp học — Thứ Ba, 24/11/2026", text);
        Assert.Contains("Bắt đầu hôm nay", text);
        Assert.DoesNotContain("Kết thúc hôm qua", text);
        Assert.NotNull(await h.Log.GetAsync(-100, Nov24));
    }

    [Fact]
    public async Task RunOnceAsync_CourseOverSeveralDays_InEachDayDigestUntilItEnds()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp ba ngày", Nov24, Nov24.AddDays(2));
        var scheduler = _h.NewScheduler();

        for (var day = 0; day < 4; day++)
        {
            _h.Clock.SetUtcNow(_h.Local(2026, 11, 24 + day, 7));
            await scheduler.RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(3, _h.Api.Sent.Count);
        Assert.Contains("(đang diễn ra, ngày 1/3)", _h.Api.Sent[0].Text);
        Assert.Contains("(đang diễn ra, ngày 2/3)", _h.Api.Sent[1].Text);
        Assert.Contains("(đang diễn ra, ngày 3/3)", _h.Api.Sent[2].Text);
        Assert.Equal(DigestSendStatus.Empty, (await _h.Log.GetAsync(-100, Nov24.AddDays(3)))!.Status);
    }

    [Fact]
    public async Task RunOnceAsync_NothingToAnnounce_NoMessageEvenIfCourseAddedLaterThatDay()
    {
        await _h.SubscribeAsync(-100);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        var scheduler = _h.NewScheduler();
        await scheduler.RunOnceAsync(CancellationToken.None);

        await _h.AddCourseAsync("Thêm lúc 9 giờ", Nov24.AddDays(2));
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 9));
        await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Empty(_h.Api.Attempts);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 25, 7));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Contains("Thêm lúc 9 giờ", Assert.Single(_h.Api.Sent).Text);
    }

    [Fact]
    public async Task RunOnceAsync_SubscribedAfterTodaysTime_FirstDigestTomorrow()
    {
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24, Nov24.AddDays(3));
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 9));
        await _h.SubscribeAsync(-100);
        var scheduler = _h.NewScheduler();

        var next = await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Empty(_h.Api.Attempts);
        _h.Clock.SetUtcNow(next);
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Contains("Thứ Tư, 25/11/2026", Assert.Single(_h.Api.Sent).Text);
    }

    [Fact]
    public async Task RunOnceAsync_BerlinAcrossSpringForward_SendsAtLocalSevenBothDays()
    {
        using var h = new DigestHarness(new DateTimeOffset(2026, 3, 28, 5, 0, 0, TimeSpan.Zero), zone: "Europe/Berlin");
        await h.SubscribeAsync(-100);
        await h.AddCourseAsync("Seminar", new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 30));
        var scheduler = h.NewScheduler();

        var firstDue = await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 6, 0, 0, TimeSpan.Zero), firstDue);
        h.Clock.SetUtcNow(firstDue);
        var secondDue = await scheduler.RunOnceAsync(CancellationToken.None);

        // Clocks go forward on the 29th: 07:00 CEST is 05:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero), secondDue);
        h.Clock.SetUtcNow(secondDue - TimeSpan.FromMinutes(1));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Single(h.Api.Sent);
        h.Clock.SetUtcNow(secondDue);
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Contains("Lịch lớp học — Thứ Bảy, 28/03/2026", h.Api.Sent[0].Text);
        Assert.Contains("Lịch lớp học — Chủ nhật, 29/03/2026", h.Api.Sent[1].Text);
    }

    [Fact]
    public async Task RunOnceAsync_ChatBlockedBot_UnsubscribedAndOthersStillServed()
    {
        await _h.SubscribeAsync(-100, -200);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24, Nov24.AddDays(3));
        _h.Api.FailSend = r => r.ChatId == -100 ? FakeTelegramBotClient.Error(403, "Forbidden: bot was kicked from the group chat") : null;
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        var scheduler = _h.NewScheduler();

        await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Equal([-200L], _h.Api.Sent.Select(s => s.ChatId));
        Assert.False(await _h.Subscriptions.IsSubscribedAsync(-100));
        Assert.Equal(DigestSendStatus.Blocked, (await _h.Log.GetAsync(-100, Nov24))!.Status);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 25, 7));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, _h.Api.Attempts.Count(a => a.ChatId == -100));
    }

    [Fact]
    public async Task RunOnceAsync_RateLimited_StopsAndRetriesAfterRetryAfterWithoutDuplicates()
    {
        await _h.SubscribeAsync(-100, -200, -300);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);
        var limited = true;
        _h.Api.FailSend = r => r.ChatId == -200 && limited ? FakeTelegramBotClient.Error(429, "Too Many Requests: retry after 7", retryAfter: 7) : null;
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        var scheduler = _h.NewScheduler();

        var retryAt = await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Equal(_h.Clock.GetUtcNow() + TimeSpan.FromSeconds(7), retryAt);
        // Chats are served in subscription order (same instant here, then by id): -300 went out, -200 was refused, -100 waits.
        Assert.Equal([-300L], _h.Api.Sent.Select(s => s.ChatId));
        limited = false;
        _h.Clock.SetUtcNow(retryAt);
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Equal([-100L, -200L, -300L], _h.Api.Sent.Select(s => s.ChatId).Order().Reverse());
    }

    [Fact]
    public async Task RunOnceAsync_ManyChats_AtMostTwentyMessagesPerSecond()
    {
        var chats = Enumerable.Range(1, 45).Select(i => -1000L - i).ToArray();
        await _h.SubscribeAsync(chats);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        var scheduler = _h.NewScheduler();
        var perTick = new List<int>();

        DateTimeOffset next;
        do
        {
            var before = _h.Api.Sent.Count;
            var tickStart = _h.Clock.GetUtcNow();
            next = await scheduler.RunOnceAsync(CancellationToken.None);
            perTick.Add(_h.Api.Sent.Count - before);
            if (next < _h.Local(2026, 11, 25, 7))
            {
                Assert.True(next - tickStart >= TimeSpan.FromSeconds(1));
                _h.Clock.SetUtcNow(next);
            }
        }
        while (next < _h.Local(2026, 11, 25, 7));

        Assert.Equal([20, 20, 5], perTick);
        Assert.Equal(chats.Order(), _h.Api.Sent.Select(s => s.ChatId).Order());
    }

    [Fact]
    public async Task RunOnceAsync_GroupUpgradedToSupergroup_SubscriptionMovesAndNewIdGetsOneDigest()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24);
        _h.Api.FailSend = r => r.ChatId == -100
            ? FakeTelegramBotClient.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: -1001234)
            : null;
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        var scheduler = _h.NewScheduler();

        var next = await scheduler.RunOnceAsync(CancellationToken.None);
        _h.Clock.SetUtcNow(next);
        await scheduler.RunOnceAsync(CancellationToken.None);
        await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Equal([-1001234L], _h.Api.Sent.Select(s => s.ChatId));
        Assert.Equal([-1001234L], (await _h.Subscriptions.ListAsync()).Select(s => s.ChatId));
    }

    [Fact]
    public async Task RunOnceAsync_ServerErrorDuringSend_NotRetriedThatDay()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24, Nov24.AddDays(1));
        _h.Api.FailSend = _ => FakeTelegramBotClient.Error(502, "Bad Gateway");
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        var scheduler = _h.NewScheduler();

        await scheduler.RunOnceAsync(CancellationToken.None);
        _h.Api.FailSend = null;
        _h.Clock.Advance(TimeSpan.FromHours(1));
        await scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Single(_h.Api.Attempts);
        Assert.Equal(DigestSendStatus.Failed, (await _h.Log.GetAsync(-100, Nov24))!.Status);
        Assert.True(await _h.Subscriptions.IsSubscribedAsync(-100));
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 25, 7));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Single(_h.Api.Sent);
    }

    [Fact]
    public async Task ExecuteAsync_ClockReachesScheduledTime_SendsWithoutRealWaiting()
    {
        await _h.SubscribeAsync(-100);
        await _h.AddCourseAsync("Lớp bồi dưỡng", Nov24, Nov24.AddDays(1));
        using var scheduler = _h.NewScheduler();
        await scheduler.StartAsync(CancellationToken.None);
        await WaitForTimerAsync();

        _h.Clock.SetUtcNow(_h.Local(2026, 11, 24, 7));
        await _h.Api.WaitForSentAsync(1, TimeSpan.FromSeconds(10));
        await WaitForTimerAsync();
        _h.Clock.SetUtcNow(_h.Local(2026, 11, 25, 7));
        await _h.Api.WaitForSentAsync(2, TimeSpan.FromSeconds(10));

        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal(2, _h.Api.Attempts.Count);
        Assert.Contains("Thứ Tư, 25/11/2026", _h.Api.Sent[1].Text);
    }

    private async Task WaitForTimerAsync()
    {
        // The loop runs on the thread pool; wait (bounded) until it is parked on the fake clock.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (_h.Clock.PendingTimers == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduler never waited on the clock");
            await Task.Yield();
        }
    }
}
