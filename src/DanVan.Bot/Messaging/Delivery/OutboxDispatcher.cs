using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// Delivers the outbox: the oldest waiting entry of each chat, up to Bot:MaxConcurrentChats chats at once, so one chat's
/// replies arrive in order and a chat Telegram refuses for a while holds back only itself. Woken when replies are
/// stored, and when a retry falls due. Pauses while the database cannot be written (a send whose result cannot be
/// recorded would be sent again). On stop, sends in flight get Bot:StopGraceSeconds to finish and be recorded.
/// </summary>
internal sealed partial class OutboxDispatcher
{
    private static readonly TimeSpan IdleWake = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ErrorDelay = TimeSpan.FromSeconds(1);

    private readonly OutboxStore _store;
    private readonly OutboxDelivery _delivery;
    private readonly StorageGate _gate;
    private readonly TimeProvider _time;
    private readonly int _maxConcurrent;
    private readonly TimeSpan _stopGrace;
    private readonly ILogger _logger;
    private readonly WakeSignal _wake = new();

    public OutboxDispatcher(OutboxStore store, OutboxDelivery delivery, StorageGate gate, TimeProvider time, IOptions<BotOptions> options,
        ILogger<OutboxDispatcher> logger)
    {
        _store = store;
        _delivery = delivery;
        _gate = gate;
        _time = time;
        _maxConcurrent = options.Value.MaxConcurrentChats;
        _stopGrace = TimeSpan.FromSeconds(options.Value.StopGraceSeconds);
        _logger = logger;
    }

    /// <summary>Something was stored or finished: look at the outbox again now.</summary>
    public void Wake() => _wake.Wake();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var inFlight = new Dictionary<long, Task>();
        using var sending = new CancellationTokenSource();
        using var grace = GraceTimer.Start(_time, _stopGrace, sending, stoppingToken);
        await PruneAsync();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _gate.WaitOpenAsync(stoppingToken);
                _wake.Reset();
                Reap(inFlight);
                var free = _maxConcurrent - inFlight.Count;
                var due = free > 0 ? await _store.GetDueAsync(free, inFlight.Keys, stoppingToken) : [];
                foreach (var entry in due)
                {
                    inFlight[entry.Message.ChatId] = DeliverAsync(entry, sending.Token);
                }

                if (due.Count == 0)
                {
                    await _wake.WaitAsync(await DelayUntilDueAsync(inFlight.Count, stoppingToken), _time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                if (!_gate.TryClose(ex))
                {
                    LogLoopFailed(ex);
                }

                await Task.Delay(ErrorDelay, _time, CancellationToken.None);
            }
        }

        await Task.WhenAll(inFlight.Values);
    }

    /// <summary>Delivers what is due now, one entry at a time, without the loop (a host that is not started, e.g. in tests).</summary>
    internal async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < 100; round++)
        {
            var due = await _store.GetDueAsync(64, [], cancellationToken);
            if (due.Count == 0)
            {
                return;
            }

            foreach (var entry in due)
            {
                await _delivery.DeliverAsync(entry, cancellationToken);
            }
        }
    }

    private async Task DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await _delivery.DeliverAsync(entry, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cut off by the stop: still pending, sent after the restart.
            LogCutOff(entry.Id, entry.Message.ChatId);
        }
        catch (Exception ex)
        {
            if (!_gate.TryClose(ex))
            {
                // Not Telegram's answer (those are handled in OutboxDelivery) but a fault here: wait before the next try,
                // so a reply that always fails cannot spin the loop.
                var delay = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Min(entry.Attempts + 1, 12))));
                LogDeliveryFailed(ex, entry.Id, entry.Message.ChatId, delay.TotalSeconds);
                await RescheduleQuietlyAsync(entry, delay, ex);
            }
        }
        finally
        {
            Wake();
        }
    }

    private async Task RescheduleQuietlyAsync(OutboxEntry entry, TimeSpan delay, Exception ex)
    {
        try
        {
            await _store.RescheduleAsync(entry.Id, entry.Attempts + 1, _time.GetUtcNow() + delay, ex.GetType().Name, CancellationToken.None);
        }
        catch (Exception again) when (_gate.TryClose(again))
        {
            // Reported by the gate.
        }
    }

    private async Task<TimeSpan> DelayUntilDueAsync(int inFlight, CancellationToken cancellationToken)
    {
        var next = await _store.NextDueAsync(cancellationToken);
        if (next is null)
        {
            return IdleWake;
        }

        var delay = next.Value - _time.GetUtcNow();
        // Due now but its chat is in flight: that send's end wakes the loop.
        return delay <= TimeSpan.Zero ? (inFlight > 0 ? IdleWake : ErrorDelay) : delay < IdleWake ? delay : IdleWake;
    }

    private static void Reap(Dictionary<long, Task> inFlight)
    {
        foreach (var (chat, task) in inFlight.Where(p => p.Value.IsCompleted).ToList())
        {
            inFlight.Remove(chat);
        }
    }

    private async Task PruneAsync()
    {
        try
        {
            await _store.PruneAsync(CancellationToken.None);
        }
        catch (Exception ex) when (_gate.TryClose(ex))
        {
            // Reported by the gate; pruning waits for the next start.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering the outbox failed; trying again in a second")]
    private partial void LogLoopFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering reply {EntryId} to chat {ChatId} failed; it stays in the outbox and is tried again in {DelaySeconds:0} s")]
    private partial void LogDeliveryFailed(Exception exception, long entryId, long chatId, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {EntryId} to chat {ChatId} was cut off by the stop; it is sent after the restart")]
    private partial void LogCutOff(long entryId, long chatId);
}
