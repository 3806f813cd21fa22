namespace DanVan.Bot.Telegram;

/// <summary>What /healthz reports about Telegram: the last successful call, and a fatal start-up error if any.</summary>
public sealed class TelegramHealth
{
    private long _lastSuccessTicks;
    private volatile string? _fatalError;

    /// <summary>When a Bot API call last succeeded; null before the first.</summary>
    public DateTimeOffset? LastSuccess
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastSuccessTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Set when the bot cannot run at all (e.g. Telegram rejected the token).</summary>
    public string? FatalError => _fatalError;

    public void RecordSuccess(DateTimeOffset at) => Interlocked.Exchange(ref _lastSuccessTicks, at.UtcTicks);

    public void RecordFatal(string error) => _fatalError = error;
}
