namespace DanVan.Bot.Messaging.Health;

/// <summary>
/// What /healthz reports about Telegram: the last successful call, when the receiving loop last went round, a fatal
/// start-up error if any, and how many times in a row receiving failed (getUpdates and storing a batch, or the handling loop).
/// </summary>
public sealed class TelegramHealth
{
    private long _lastSuccessTicks;
    private long _lastReceiveTicks;
    private long _lastHandlingTicks;
    private volatile string? _fatalError;
    private int _receiveFailures;
    private int _handlingFailures;

    /// <summary>When a Bot API call last succeeded; null before the first.</summary>
    public DateTimeOffset? LastSuccess
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastSuccessTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>When the polling loop last asked for or got updates; null before it started (and in Webhook mode).</summary>
    public DateTimeOffset? LastReceiveProgress
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastReceiveTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Set when the bot cannot run at all (e.g. Telegram rejected the token).</summary>
    public string? FatalError => _fatalError;

    /// <summary>Receiving failures since the last success.</summary>
    public int ReceiveFailures => Volatile.Read(ref _receiveFailures);

    public void RecordSuccess(DateTimeOffset at) => Interlocked.Exchange(ref _lastSuccessTicks, at.UtcTicks);

    public void RecordReceiveProgress(DateTimeOffset at) => Interlocked.Exchange(ref _lastReceiveTicks, at.UtcTicks);

    /// <summary>When the loop that handles stored updates last went round (it wakes at least every 30 s); null before.</summary>
    public DateTimeOffset? LastHandlingRound
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastHandlingTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public void RecordHandlingRound(DateTimeOffset at) => Interlocked.Exchange(ref _lastHandlingTicks, at.UtcTicks);

    public void RecordFatal(string error) => _fatalError = error;

    /// <summary>Counts a receiving failure; returns how many in a row.</summary>
    public int RecordReceiveFailure() => Interlocked.Increment(ref _receiveFailures);

    public void RecordReceived() => Interlocked.Exchange(ref _receiveFailures, 0);

    /// <summary>Failures of the loop that handles stored updates since it last went through.</summary>
    public int HandlingFailures => Volatile.Read(ref _handlingFailures);

    public void RecordHandlingFailed() => Interlocked.Increment(ref _handlingFailures);

    public void RecordHandlingSucceeded() => Interlocked.Exchange(ref _handlingFailures, 0);
}
