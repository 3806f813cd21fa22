using DanVan.Bot.Observability;
using DanVan.Bot.Messaging.Api;
using DanVan.Core.Courses;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Courses;

/// <summary>
/// Posts the daily course digest to every subscribed chat at Digest:Time in Digest:TimeZone. A thin loop around
/// <see cref="RunOnceAsync"/>, which sends what is due and says when to look again. When the bot starts after
/// the day's time it catches up the same local day; a day that has passed is not sent late. A chat subscribed after
/// the day's time starts the next day. Sends are paced under Telegram's limits: one message per chat per day, and at
/// most <see cref="MaxSendsPerTick"/> a second across chats (Telegram allows about 30 a second per bot).
/// </summary>
internal sealed partial class DigestScheduler(
    ITelegramBotClient bot,
    CourseStore courses,
    SubscriptionStore subscriptions,
    DigestLog digestLog,
    DigestSchedule schedule,
    TimeProvider timeProvider,
    BotMetrics metrics,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    internal const int MaxSendsPerTick = 20;

    internal static readonly TimeSpan TickSpacing = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan MinSleep = TimeSpan.FromSeconds(1);

    // Re-checking at least hourly tolerates clock adjustments and never hurts: a tick with nothing due does nothing.
    private static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(schedule.Time, schedule.Zone.Id);
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset next;
            try
            {
                next = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogTickFailed(ex);
                next = timeProvider.GetUtcNow() + ErrorBackoff;
            }

            var delay = next - timeProvider.GetUtcNow();
            delay = delay < MinSleep ? MinSleep : delay > MaxSleep ? MaxSleep : delay;
            try
            {
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends the digests due now; returns when to run again.</summary>
    internal async Task<DateTimeOffset> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var today = schedule.LocalDate(now);
        var dueAt = schedule.DueAt(today);
        if (now < dueAt)
        {
            return dueAt;
        }

        var nextDay = schedule.DueAt(today.AddDays(1));
        var recorded = await digestLog.ChatsRecordedAsync(today, cancellationToken);
        var pending = (await subscriptions.ListAsync(cancellationToken))
            .Where(s => s.SubscribedAt <= dueAt && !recorded.Contains(s.ChatId))
            .ToList();
        if (pending.Count == 0)
        {
            return nextDay;
        }

        var list = await courses.ListCurrentAsync(today, schedule.DaysAhead, cancellationToken);
        var text = DigestHtmlFormatter.FormatDigest(CourseDigest.For(list, today, schedule.DaysAhead));
        var sent = 0;
        foreach (var subscription in pending)
        {
            if (text is null)
            {
                // Recorded so that a course added later today does not trigger a second, late "digest" for the day.
                await digestLog.TryRecordAsync(subscription.ChatId, today, DigestSendStatus.Empty, cancellationToken);
                continue;
            }

            if (sent == MaxSendsPerTick)
            {
                return timeProvider.GetUtcNow() + TickSpacing;
            }

            sent++;
            if (await SendAsync(subscription.ChatId, today, text, cancellationToken) is { } retryAt)
            {
                return retryAt;
            }
        }

        LogDayDone(today, sent, list.Count);
        return nextDay;
    }

    /// <summary>Sends one chat's digest; returns an instant when the tick must stop and resume then.</summary>
    private async Task<DateTimeOffset?> SendAsync(long chatId, DateOnly today, string text, CancellationToken cancellationToken)
    {
        // The log row is written BEFORE the send, as a claim, and completed after it. Recording only after a successful
        // send would leave a window — Telegram has delivered the message, the process dies before the write — after
        // which a restart sends the same digest again. Claiming first turns that window into the opposite, accepted
        // failure: a crash between claim and delivery loses that chat's digest for the day, but never duplicates it.
        if (!await digestLog.TryRecordAsync(chatId, today, DigestSendStatus.Sending, cancellationToken))
        {
            return null;
        }

        try
        {
            var message = await bot.SendMessage(chatId, text, ParseMode.Html, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: cancellationToken);
            metrics.DigestSent();
            await digestLog.CompleteAsync(chatId, today, DigestSendStatus.Sent, message.Id, cancellationToken: cancellationToken);
            LogSent(chatId, today);
            return null;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            // Telegram refused before delivering: the claim is released and the chat is retried after retry_after.
            await digestLog.ReleaseAsync(chatId, today, cancellationToken);
            var wait = TimeSpan.FromSeconds(Math.Max(1, ex.RetryAfter() ?? 5));
            LogRateLimited(chatId, wait.TotalSeconds);
            return timeProvider.GetUtcNow() + wait;
        }
        catch (ApiRequestException ex) when (ex.MigrateToChatId() is { } newChatId)
        {
            await digestLog.ReleaseAsync(chatId, today, cancellationToken);
            await subscriptions.MoveChatAsync(chatId, newChatId, cancellationToken);
            LogMigrated(chatId, newChatId);
            return timeProvider.GetUtcNow() + TickSpacing;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403 || IsChatGone(ex))
        {
            await digestLog.CompleteAsync(chatId, today, DigestSendStatus.Blocked, detail: ex.Message, cancellationToken: cancellationToken);
            await subscriptions.UnsubscribeAsync(chatId, cancellationToken);
            LogUnsubscribed(chatId, ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A 5xx or a timeout may have been delivered anyway, and a 400 would fail again: the claim stays (as Failed)
            // and the chat is not retried today.
            var detail = ex is RequestException api ? $"{api.ErrorCode()} {api.Message}" : ex.GetType().Name;
            await digestLog.CompleteAsync(chatId, today, DigestSendStatus.Failed, detail: detail, cancellationToken: cancellationToken);
            LogSendFailed(ex, chatId);
            return null;
        }
    }

    private static bool IsChatGone(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest scheduler started: daily at {Time} ({Zone})")]
    private partial void LogStarted(TimeOnly time, string zone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Date}: {Sent} message(s) sent in this tick, {Courses} course(s) listed")]
    private partial void LogDayDone(DateOnly date, int sent, int courses);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Digest for {Date} sent to chat {ChatId}")]
    private partial void LogSent(long chatId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram rate limit while sending the digest to chat {ChatId}; retrying in {Seconds} s")]
    private partial void LogRateLimited(long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {OldChatId} became supergroup {NewChatId}; subscription moved")]
    private partial void LogMigrated(long oldChatId, long newChatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} blocked or removed the bot ({Reason}); unsubscribed")]
    private partial void LogUnsubscribed(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest to chat {ChatId} failed; not retried today")]
    private partial void LogSendFailed(Exception exception, long chatId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest tick failed; retrying in a minute")]
    private partial void LogTickFailed(Exception exception);
}
