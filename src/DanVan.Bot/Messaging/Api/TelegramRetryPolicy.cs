using DanVan.Bot.Messaging.Settings;
using Telegram.Bot.Exceptions;

namespace DanVan.Bot.Messaging.Api;

/// <summary>
/// Which failed requests are retried and after how long: 429 after Telegram's retry_after; 5xx, timeouts and
/// connection errors after a capped exponential backoff with jitter; everything else not at all.
/// </summary>
public sealed class TelegramRetryPolicy
{
    private readonly int _maxAttempts;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly int _maxRetryAfterSeconds;

    public TelegramRetryPolicy(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay, int maxRetryAfterSeconds)
    {
        _maxAttempts = maxAttempts;
        _baseDelay = baseDelay;
        _maxDelay = maxDelay;
        _maxRetryAfterSeconds = maxRetryAfterSeconds;
    }

    public static TelegramRetryPolicy FromOptions(TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TelegramRetryPolicy(options.MaxAttempts, TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
            TimeSpan.FromSeconds(options.RetryMaxDelaySeconds), options.MaxRetryAfterSeconds);
    }

    /// <summary>Decides whether attempt number <paramref name="attempt"/> (1-based) is followed by another one.</summary>
    public bool TryGetRetryDelay(RequestException exception, int attempt, out TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(exception);
        delay = TimeSpan.Zero;
        if (attempt >= _maxAttempts || !exception.IsTransient())
        {
            return false;
        }

        if (exception.ErrorCode() == 429)
        {
            var seconds = Math.Max(1, exception.RetryAfter() ?? 1);
            if (seconds > _maxRetryAfterSeconds)
            {
                return false;
            }

            delay = TimeSpan.FromSeconds(seconds);
            return true;
        }

        delay = Backoff(attempt);
        return true;
    }

    /// <summary>Capped exponential backoff with "equal jitter": between half and all of base·2^(attempt-1).</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(_maxDelay.TotalMilliseconds, _baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var jittered = ceiling / 2 + (Random.Shared.NextDouble() * ceiling / 2);
        return TimeSpan.FromMilliseconds(jittered);
    }
}
