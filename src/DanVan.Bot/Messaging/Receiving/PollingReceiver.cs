using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace DanVan.Bot.Messaging.Receiving;

/// <summary>
/// Long polling. Each batch is stored in the inbox together with the offset after it (one transaction) before the next
/// getUpdates confirms it to Telegram, so a restart (even after SIGKILL) neither loses nor repeats an update; the
/// <see cref="Inbox.InboxWorker"/> handles them. While the database cannot be written nothing is fetched (Telegram keeps
/// the updates). Any failure to fetch or store is logged and followed by a capped, jittered backoff that only a stored
/// batch resets: the loop only ends when the host stops, and then it confirms the stored offset to Telegram.
/// Telegram.Bot's own receiver (ReceiveAsync/StartReceiving) is not used: it moves the offset before the handler runs and
/// skips an update whose handler throws (lost answers on a crash), polls with timeout 0 when the HttpClient timeout is
/// infinite (a busy loop: 91 getUpdates in 4 s measured), and never backs off on errors.
/// </summary>
internal sealed partial class PollingReceiver
{
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(5);

    private readonly ITelegramBotClient _bot;
    private readonly InboxWorker _worker;
    private readonly TelegramStateStore _state;
    private readonly StorageGate _gate;
    private readonly TelegramHealth _health;
    private readonly TelegramRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly int _pollTimeout;
    private readonly ILogger _logger;

    public PollingReceiver(ITelegramBotClient bot, InboxWorker worker, TelegramStateStore state, StorageGate gate, TelegramHealth health,
        TelegramRetryPolicy retry, TimeProvider time, IOptions<TelegramOptions> options, ILogger<PollingReceiver> logger)
    {
        _bot = bot;
        _worker = worker;
        _state = state;
        _gate = gate;
        _health = health;
        _retry = retry;
        _time = time;
        _pollTimeout = options.Value.PollTimeoutSeconds;
        _logger = logger;
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        var prepared = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!prepared)
                    {
                        // getUpdates answers 409 while a webhook is set; pending updates are kept.
                        await _bot.DeleteWebhook(dropPendingUpdates: false, stoppingToken);
                        offset = checked((int?)await _state.GetOffsetAsync(stoppingToken));
                        prepared = true;
                        LogPolling(offset);
                    }

                    await _gate.WaitOpenAsync(stoppingToken);
                    _health.RecordReceiveProgress(_time.GetUtcNow());
                    var updates = await _bot.SendRequest(new RawGetUpdatesRequest(offset, _pollTimeout, TelegramUpdateTypes.Allowed), stoppingToken);
                    _health.RecordReceiveProgress(_time.GetUtcNow());
                    var stored = updates.Select(u => (Id: RawGetUpdatesRequest.UpdateId(u), Payload: u.GetRawText()))
                        .Where(u => u.Id is not null).Select(u => (u.Id!.Value, u.Payload)).ToList();
                    if (stored.Count < updates.Length)
                    {
                        LogWithoutId(updates.Length - stored.Count);
                        if (stored.Count == 0)
                        {
                            // Nothing to move the offset past: back off rather than fetch the same batch in a tight loop.
                            throw new InvalidDataException("getUpdates returned updates without an update_id");
                        }
                    }

                    if (stored.Count > 0)
                    {
                        var next = stored.Max(u => u.Item1) + 1;
                        await _state.EnqueueBatchAsync(stored, next, CancellationToken.None);
                        offset = checked((int)next);
                        _worker.Wake();
                    }

                    // Reset only now: a getUpdates that answers while storing fails must not reset the backoff.
                    failures = 0;
                    _health.RecordReceived();
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex) when (_gate.TryClose(ex))
                {
                    // Reported by the gate; the next round waits for it to reopen before fetching.
                }
                catch (Exception ex)
                {
                    failures++;
                    _health.RecordReceiveFailure();
                    var delay = _retry.Backoff(failures);
                    LogFailure(ex, delay.TotalSeconds);
                    await Task.Delay(delay, _time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping during a backoff delay.
        }
        finally
        {
            await ConfirmAsync(offset);
        }
    }

    /// <summary>One getUpdates without waiting, so Telegram also forgets what was handled before the stop.</summary>
    private async Task ConfirmAsync(int? offset)
    {
        if (offset is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(ConfirmTimeout, _time);
        try
        {
            await _bot.SendRequest(new RawGetUpdatesRequest(offset, 0, TelegramUpdateTypes.Allowed), timeout.Token);
            LogConfirmed(offset.Value);
        }
        catch (Exception ex) when (ex is RequestException or OperationCanceledException)
        {
            // Harmless: the offset is in the database and is sent with the first getUpdates after the restart.
            LogConfirmFailed(offset.Value, ex.Message);
        }
    }

    private void LogFailure(Exception ex, double delaySeconds)
    {
        switch (ex)
        {
            case ApiRequestException { ErrorCode: 409 } conflict:
                LogConflict(conflict.Message, delaySeconds);
                break;
            case ApiRequestException { ErrorCode: 401 or 404 } rejected:
                LogTokenRejected(rejected.ErrorCode, rejected.Message, delaySeconds);
                break;
            case RequestException api:
                LogApiFailure(api.ErrorCode(), api.Message, delaySeconds);
                break;
            default:
                LogUnexpected(ex, delaySeconds);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} update(s) from getUpdates had no readable update_id and were skipped")]
    private partial void LogWithoutId(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polling Telegram for updates from offset {Offset}")]
    private partial void LogPolling(int? offset);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Telegram answered 409 Conflict: {Description}. Another process is polling with this bot token, or a webhook was set. Stop the other instance (or use one mode only); retrying in {DelaySeconds:0.#} s")]
    private partial void LogConflict(string description, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token ({ErrorCode} {Description}); check Telegram__BotToken. Retrying in {DelaySeconds:0.#} s")]
    private partial void LogTokenRejected(int errorCode, string description, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed: {ErrorCode} {Description}; polling again in {DelaySeconds:0.#} s")]
    private partial void LogApiFailure(int errorCode, string description, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling failed; polling again in {DelaySeconds:0.#} s")]
    private partial void LogUnexpected(Exception exception, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped polling; confirmed offset {Offset} to Telegram")]
    private partial void LogConfirmed(long offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not confirm offset {Offset} to Telegram on stop ({Reason}); it is kept in the database")]
    private partial void LogConfirmFailed(long offset, string reason);
}
