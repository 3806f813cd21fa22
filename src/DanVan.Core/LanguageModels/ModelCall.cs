using Microsoft.Extensions.Logging;

namespace DanVan.Core.LanguageModels;

/// <summary>
/// The one way the bot calls a model: with a time limit on <see cref="TimeProvider"/>, and with every failure —
/// a timeout, an HTTP error, a refused connection, a malformed reply — logged as a warning and turned into
/// <see cref="ModelCallResult{T}.Failed"/> so the caller can fall back to what works without a model. Only the
/// caller's own cancellation propagates.
/// </summary>
internal static partial class ModelCall
{
    /// <summary>Runs <paramref name="call"/> with a token that is cancelled after <paramref name="timeout"/> or with the caller's.</summary>
    /// <param name="logger">Logger of the caller, so the warning is filed under the feature that fell back.</param>
    /// <param name="purpose">What the call is for, for the log ("answering with gpt-4.1-mini", "condensing the follow-up" …).</param>
    /// <param name="fallback">What happens instead, for the log ("using the extractive answer" …).</param>
    public static async Task<ModelCallResult<T>> TryAsync<T>(
        ILogger logger,
        string purpose,
        string fallback,
        TimeSpan timeout,
        TimeProvider timeProvider,
        Func<CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(call);
        using var timer = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return ModelCallResult<T>.Of(await call(linked.Token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The SDK may surface the timeout as a cancellation of its own; either way the time limit was hit.
            LogTimedOut(logger, purpose, timeout.TotalSeconds, fallback);
            return ModelCallResult<T>.Failed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // Some stacks wrap the cancellation (e.g. in a TaskCanceledException inside an HttpRequestException).
                LogTimedOut(logger, purpose, timeout.TotalSeconds, fallback);
            }
            else
            {
                LogFailed(logger, ex, purpose, ex.GetType().Name, fallback);
            }

            return ModelCallResult<T>.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model did not answer within {TimeoutSeconds} s while {Purpose}; {Fallback}.")]
    private static partial void LogTimedOut(ILogger logger, string purpose, double timeoutSeconds, string fallback);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model call failed ({ErrorType}) while {Purpose}; {Fallback}.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string purpose, string errorType, string fallback);
}
