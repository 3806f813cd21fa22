using System.Collections.Concurrent;
using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Handling;
using DanVan.Bot.Messaging.Replies;
using DanVan.Bot.Messaging.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// Delivers one outbox entry and records the outcome in the step the send returns: sent (with Telegram's message id),
/// or retried later (429 after retry_after however long, 5xx, timeouts and resets after a capped, jittered backoff),
/// resent as plain text (unparsable HTML), moved (group became a supergroup), dropped (the chat blocked or removed the
/// bot, or is gone), failed (any other 400: no retry changes it), or expired (older than Bot:ReplyMaxAgeHours).
/// </summary>
internal sealed partial class OutboxDelivery
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly ITelegramBotClient _bot;
    private readonly OutboxStore _store;
    private readonly ChatMigrationNotifier _migrations;
    private readonly TelegramRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;
    private readonly ILogger _logger;

    // Sends Telegram accepted whose record failed (the disk was full): recorded, not sent again, once writes work.
    private readonly ConcurrentDictionary<long, Message> _unrecorded = new();

    public OutboxDelivery(ITelegramBotClient bot, OutboxStore store, ChatMigrationNotifier migrations, TelegramRetryPolicy retry,
        TimeProvider time, IOptions<BotOptions> options, ILogger<OutboxDelivery> logger)
    {
        _bot = bot;
        _store = store;
        _migrations = migrations;
        _retry = retry;
        _time = time;
        _maxAge = TimeSpan.FromHours(options.Value.ReplyMaxAgeHours);
        _logger = logger;
    }

    public async Task DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_unrecorded.TryGetValue(entry.Id, out var accepted))
        {
            await _store.MarkSentAsync(entry, accepted, CancellationToken.None);
            _unrecorded.TryRemove(entry.Id, out _);
            return;
        }

        var age = _time.GetUtcNow() - entry.CreatedAt;
        if (age > _maxAge)
        {
            await _store.FinishAsync(entry.Id, OutboxStatus.Expired, $"not delivered within {_maxAge.TotalHours:0} h", CancellationToken.None);
            LogExpired(entry.Id, entry.Message.ChatId, age.TotalHours, entry.Attempts);
            return;
        }

        Message sent;
        try
        {
            var m = entry.Message;
            sent = await _bot.SendMessage(m.ChatId, m.Text, m.ParseMode is null ? ParseMode.None : ParseMode.Html,
                m.ReplyToMessageId is { } id ? new ReplyParameters { MessageId = checked((int)id), AllowSendingWithoutReply = true } : null,
                m.Markup, NoPreview, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            await HandleFailureAsync(entry, ex);
            return;
        }

        try
        {
            await _store.MarkSentAsync(entry, sent, CancellationToken.None);
        }
        catch
        {
            _unrecorded[entry.Id] = sent;
            throw;
        }
    }

    private async Task HandleFailureAsync(OutboxEntry entry, RequestException ex)
    {
        var message = entry.Message;
        var code = ex.ErrorCode();
        if (code == 400 && ex.MigrateToChatId() is { } newChatId)
        {
            await _migrations.NotifyAsync(message.ChatId, newChatId, CancellationToken.None);
            await _store.MoveChatAsync(message.ChatId, newChatId, CancellationToken.None);
        }
        else if (code == 400 && message.ParseMode is not null && ex.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase))
        {
            LogParseFailed(message.ChatId, ex.Message);
            await _store.MakePlainAsync(entry.Id, TelegramHtml.ToPlainText(message.Text), CancellationToken.None);
        }
        else if (IsChatGone(ex))
        {
            LogDropped(message.ChatId, ex.Message);
            await _store.FinishAsync(entry.Id, OutboxStatus.Dropped, $"{code} {ex.Message}", CancellationToken.None);
        }
        else if (ex.IsTransient())
        {
            var attempts = entry.Attempts + 1;
            var delay = code == 429 ? TimeSpan.FromSeconds(Math.Max(1, ex.RetryAfter() ?? 1)) : _retry.Backoff(attempts);
            LogRetrying(entry.Id, message.ChatId, code, ex.Message, attempts, delay.TotalSeconds);
            await _store.RescheduleAsync(entry.Id, attempts, _time.GetUtcNow() + delay, $"{code} {ex.Message}", CancellationToken.None);
        }
        else
        {
            LogRefused(message.ChatId, code, ex.Message);
            await _store.FinishAsync(entry.Id, OutboxStatus.Failed, $"{code} {ex.Message}", CancellationToken.None);
        }
    }

    /// <summary>Only these lose a reply: the bot was blocked or removed, or the chat no longer exists.</summary>
    private static bool IsChatGone(RequestException ex) =>
        ex.ErrorCode() == 403 || (ex.ErrorCode() == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram could not parse the HTML sent to chat {ChatId} ({Description}); sending it as plain text")]
    private partial void LogParseFailed(long chatId, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot send to chat {ChatId}: {Description} (the bot was removed or blocked); reply dropped")]
    private partial void LogDropped(long chatId, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {EntryId} to chat {ChatId} not accepted ({ErrorCode} {Description}); attempt {Attempts} failed, next in {DelaySeconds:0.#} s")]
    private partial void LogRetrying(long entryId, long chatId, int errorCode, string description, int attempts, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused a reply to chat {ChatId} for good ({ErrorCode} {Description}); it is not retried")]
    private partial void LogRefused(long chatId, int errorCode, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply {EntryId} to chat {ChatId} expired after {AgeHours:0.#} h and {Attempts} failed attempts; it is not sent")]
    private partial void LogExpired(long entryId, long chatId, double ageHours, int attempts);
}
