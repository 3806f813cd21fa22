using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Handling;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Worker;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Messaging.Inbox;

/// <summary>
/// The loop that handles stored updates, in both modes: woken when the receiver stores updates, and when a retried
/// update falls due. It pauses while the database cannot be written, and survives any failure with a backoff
/// (counted for /healthz).
/// </summary>
internal sealed partial class InboxWorker
{
    private static readonly TimeSpan IdleWake = TimeSpan.FromSeconds(30);

    private readonly UpdateProcessor _processor;
    private readonly StorageGate _gate;
    private readonly TelegramHealth _health;
    private readonly TelegramRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly WakeSignal _wake = new();

    public InboxWorker(UpdateProcessor processor, StorageGate gate, TelegramHealth health, TelegramRetryPolicy retry, TimeProvider time,
        ILogger<InboxWorker> logger)
    {
        _processor = processor;
        _gate = gate;
        _health = health;
        _retry = retry;
        _time = time;
        _logger = logger;
    }

    /// <summary>Updates were stored: handle them now.</summary>
    public void Wake() => _wake.Wake();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _health.RecordHandlingRound(_time.GetUtcNow());
                await _gate.WaitOpenAsync(stoppingToken);
                _wake.Reset();
                var (worked, nextDue) = await _processor.ProcessPendingAsync(stoppingToken);
                failures = 0;
                _health.RecordHandlingSucceeded();
                if (!worked)
                {
                    var delay = nextDue is { } at ? at - _time.GetUtcNow() : IdleWake;
                    await _wake.WaitAsync(delay < IdleWake ? delay : IdleWake, _time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (_gate.TryClose(ex))
            {
                // Reported by the gate; the loop waits for it to reopen.
            }
            catch (Exception ex)
            {
                failures++;
                _health.RecordHandlingFailed();
                var delay = _retry.Backoff(failures);
                LogLoopFailed(ex, failures, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, _time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling stored updates failed ({Failures} in a row); trying again in {DelaySeconds:0.#} s")]
    private partial void LogLoopFailed(Exception exception, int failures, double delaySeconds);
}
