using System.Diagnostics;
using System.Text.Json.Nodes;

namespace DanVan.Testing.BotApi;

/// <summary>
/// What the benchmarks measure: every user message is timed from the moment it was enqueued (Telegram has it), through
/// its first delivery (getUpdates, or <see cref="PeekPending"/> for a webhook post), to the first sendMessage replying
/// to it; each sendMessage can take <see cref="SendLatency"/>, as Telegram's do; the first getUpdates after
/// <see cref="ResetTimings"/> is stamped (start-up time).
/// </summary>
public sealed partial class FakeBotApiServer
{
    private readonly Dictionary<(long Chat, long Message), MessageTiming> _timings = [];
    private TaskCompletionSource _allAnswered = NewSignal();
    private long _expectedAnswers;
    private long _answered;
    private long? _firstGetUpdates;

    /// <summary>How long each sendMessage takes to answer once accepted (Telegram's latency; the crash soak uses 150 ms).</summary>
    public TimeSpan SendLatency { get; set; }

    /// <summary>Timestamp (<see cref="Stopwatch.GetTimestamp"/>) of the first getUpdates since the last <see cref="ResetTimings"/>.</summary>
    public long? FirstGetUpdates
    {
        get
        {
            lock (_lock)
            {
                return _firstGetUpdates;
            }
        }
    }

    /// <summary>Forgets timings and the first getUpdates (updates and messages are kept); <paramref name="expected"/> questions are to come.</summary>
    public void ResetTimings(int expected = 0)
    {
        lock (_lock)
        {
            _timings.Clear();
            _firstGetUpdates = null;
            _expectedAnswers = expected;
            _answered = 0;
            _allAnswered = NewSignal();
        }
    }

    /// <summary>Completes when as many messages as <see cref="ResetTimings"/> expected have been answered.</summary>
    public Task WhenAllAnsweredAsync(TimeSpan timeout) => _allAnswered.Task.WaitAsync(timeout);

    /// <summary>The timings of the messages enqueued since the last <see cref="ResetTimings"/>.</summary>
    public MessageTimings Timings()
    {
        lock (_lock)
        {
            var answered = _timings.Values.Where(t => t.Answered > 0).ToList();
            return new MessageTimings(
                answered.Select(t => Stopwatch.GetElapsedTime(t.Enqueued, t.Answered).TotalMilliseconds).ToList(),
                answered.Select(t => Stopwatch.GetElapsedTime(t.Delivered, t.Answered).TotalMilliseconds).ToList(),
                _timings.Values.Select(t => t.Enqueued).DefaultIfEmpty().Min(),
                answered.Select(t => t.Answered).DefaultIfEmpty().Max());
        }
    }

    // Callers hold the lock.
    private void StampEnqueued(JsonObject message)
    {
        if (message["chat"] is JsonObject chat)
        {
            _timings[(AsLong(chat["id"]), AsLong(message["message_id"]))] = new MessageTiming { Enqueued = Stopwatch.GetTimestamp() };
        }
    }

    // Callers hold the lock.
    private void StampDelivered(IEnumerable<JsonObject> updates)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var update in updates)
        {
            if (update["message"] is JsonObject { } message && message["chat"] is JsonObject chat
                && _timings.TryGetValue((AsLong(chat["id"]), AsLong(message["message_id"])), out var timing) && timing.Delivered == 0)
            {
                timing.Delivered = now;
            }
        }
    }

    private async Task<JsonObject> SendMessageAsync(JsonObject p, CancellationToken aborted)
    {
        // Accepted before the wait, as Telegram does: a client that gives up (or dies) meanwhile has still sent it.
        var response = SendMessage(p);
        if (SendLatency > TimeSpan.Zero)
        {
            await Task.Delay(SendLatency, aborted);
        }

        if (response["ok"]!.GetValue<bool>() && p["reply_parameters"] is JsonObject reply && LongParameter(reply, "message_id") is { } replyTo)
        {
            lock (_lock)
            {
                if (_timings.TryGetValue((LongParameter(p, "chat_id") ?? 0, replyTo), out var timing) && timing.Answered == 0)
                {
                    timing.Answered = Stopwatch.GetTimestamp();
                    if (++_answered == _expectedAnswers)
                    {
                        _allAnswered.TrySetResult();
                    }
                }
            }
        }

        return response;
    }

    private sealed class MessageTiming
    {
        public long Enqueued { get; init; }

        public long Delivered { get; set; }

        public long Answered { get; set; }
    }
}
