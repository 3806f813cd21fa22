using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace DanVan.Bot.Messaging.Handling;

/// <summary>
/// Handles the stored updates waiting in the inbox: each chat's in order, up to Bot:MaxConcurrentChats chats at once.
/// An update is done when its replies are stored with it marked handled (one transaction). An update that cannot be
/// read, or keeps failing (Bot:UpdateMaxAttempts tries, with a backoff between them), is logged without its text and set
/// aside (<c>updates failed</c> lists them): whatever it is, the queue moves on; later updates of its chat wait only
/// while it is retried. A storage failure is no fault of the update: the bot pauses (<see cref="StorageGate"/>) and the
/// update is handled when writing works again. On stop, updates being handled get Bot:StopGraceSeconds to finish;
/// the rest, or any cut off, are handled after the restart (their replies were not stored, so none is sent twice).
/// </summary>
internal sealed partial class UpdateProcessor
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private readonly UpdateHandler _handler;
    private readonly TelegramStateStore _state;
    private readonly UpdateInbox _inbox;
    private readonly OutboxDispatcher _dispatcher;
    private readonly StorageGate _gate;
    private readonly TelegramRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly BotOptions _options;
    private readonly ILogger _logger;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public UpdateProcessor(UpdateHandler handler, TelegramStateStore state, UpdateInbox inbox, OutboxDispatcher dispatcher, StorageGate gate,
        TelegramRetryPolicy retry, TimeProvider time, IOptions<BotOptions> options, ILogger<UpdateProcessor> logger)
    {
        _handler = handler;
        _state = state;
        _inbox = inbox;
        _dispatcher = dispatcher;
        _gate = gate;
        _retry = retry;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>
    /// Handles what is due now. Returns whether anything was done (then call again) and when a retried update falls due.
    /// </summary>
    public async Task<(bool Worked, DateTimeOffset? NextDue)> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await _state.GetPendingAsync(BatchSize, cancellationToken);
        var now = _time.GetUtcNow();
        var ready = new List<(PendingUpdate Pending, Update Update)>();
        var worked = false;
        foreach (var item in pending)
        {
            if (UpdateShape.TryRead(item.Payload, out var problem) is { } update && update.Id == item.UpdateId)
            {
                ready.Add((item, update));
                continue;
            }

            LogUnreadable(item.UpdateId, problem ?? "update_id does not match");
            await _inbox.SetAsideAsync(item.UpdateId, item.Attempts + 1, problem ?? "update_id does not match", CancellationToken.None);
            worked = true;
        }

        DateTimeOffset? nextDue = null;
        var chats = new List<List<(PendingUpdate Pending, Update Update)>>();
        foreach (var chat in ready.GroupBy(r => UpdateShape.ChatKey(r.Update)))
        {
            // A chat's updates after one that waits for its retry wait too: their order is kept.
            var due = chat.TakeWhile(r => r.Pending.NextAttemptAt is not { } at || at <= now).ToList();
            if (due.Count < chat.Count())
            {
                var at = chat.ElementAt(due.Count).Pending.NextAttemptAt!.Value;
                nextDue = nextDue is { } earlier && earlier < at ? earlier : at;
            }

            if (due.Count > 0)
            {
                chats.Add(due);
            }
        }

        if (chats.Count > 0)
        {
            await HandleAsync(chats, cancellationToken);
            worked = true;
        }

        await PruneIfDueAsync();
        return (worked, nextDue);
    }

    private async Task HandleAsync(List<List<(PendingUpdate Pending, Update Update)>> chats, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(_options.MaxConcurrentChats);
        using var handling = new CancellationTokenSource();
        using var grace = GraceTimer.Start(_time, TimeSpan.FromSeconds(_options.StopGraceSeconds), handling, cancellationToken);
        await Task.WhenAll(chats.Select(chat => HandleChatAsync(chat, gate, cancellationToken, handling.Token)));
    }

    private async Task HandleChatAsync(List<(PendingUpdate Pending, Update Update)> updates, SemaphoreSlim gate, CancellationToken stoppingToken, CancellationToken handlingToken)
    {
        await gate.WaitAsync(stoppingToken);
        try
        {
            foreach (var (pending, update) in updates)
            {
                stoppingToken.ThrowIfCancellationRequested();
                if (!_gate.IsOpen || !await HandleOneAsync(pending, update, handlingToken))
                {
                    return;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>False when the chat's next updates must wait (this one failed, or the database cannot be written).</summary>
    private async Task<bool> HandleOneAsync(PendingUpdate pending, Update update, CancellationToken handlingToken)
    {
        try
        {
            using var replies = ReplyScope.Begin();
            await _handler.HandleAsync(update, handlingToken);
            await _inbox.CompleteAsync(update.Id, replies.Replies, CancellationToken.None);
            _dispatcher.Wake();
            return true;
        }
        catch (OperationCanceledException) when (handlingToken.IsCancellationRequested)
        {
            LogCutOff(update.Id);
            throw;
        }
        catch (Exception ex) when (_gate.TryClose(ex))
        {
            LogPausedByStorage(update.Id);
            return false;
        }
        catch (Exception ex)
        {
            await RecordFailureAsync(pending, ex);
            return false;
        }
    }

    private async Task RecordFailureAsync(PendingUpdate pending, Exception ex)
    {
        var attempts = pending.Attempts + 1;
        var error = ex.GetType().Name;
        try
        {
            if (attempts >= _options.UpdateMaxAttempts)
            {
                LogSetAside(ex, pending.UpdateId, attempts);
                await _inbox.SetAsideAsync(pending.UpdateId, attempts, error, CancellationToken.None);
            }
            else
            {
                var delay = _retry.Backoff(attempts);
                LogUpdateFailed(ex, pending.UpdateId, attempts, delay.TotalSeconds);
                await _inbox.RecordFailureAsync(pending.UpdateId, attempts, _time.GetUtcNow() + delay, error, CancellationToken.None);
            }
        }
        catch (Exception again) when (_gate.TryClose(again))
        {
            // Reported by the gate; the attempt is not counted.
        }
    }

    private async Task PruneIfDueAsync()
    {
        var now = _time.GetUtcNow();
        if (now - _lastPrune < PruneInterval)
        {
            return;
        }

        _lastPrune = now;
        var removed = await _state.PruneAsync(CancellationToken.None);
        LogPruned(removed);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} cannot be handled ({Problem}); set aside (see `updates failed`)")]
    private partial void LogUnreadable(long updateId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling update {UpdateId} failed (attempt {Attempts}); trying again in {DelaySeconds:0.#} s")]
    private partial void LogUpdateFailed(Exception exception, long updateId, int attempts, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} failed {Attempts} times; set aside (see `updates failed`) and the queue moves on")]
    private partial void LogSetAside(Exception exception, long updateId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} is handled again when the database can be written")]
    private partial void LogPausedByStorage(long updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} was cut off by the stop; it will be handled again after the restart")]
    private partial void LogCutOff(long updateId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Count} old handled update ids")]
    private partial void LogPruned(int count);
}
