using DanVan.Core.Retrieval;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Llm;

/// <summary>
/// Keeps passage embeddings complete: at start and then periodically it embeds whatever is pending (passages
/// ingested before embeddings were enabled, or left over by a failed batch). A failure is logged and retried later
/// with a growing delay; it never stops the host.
/// </summary>
internal sealed partial class EmbeddingBackfillService(
    EmbeddingIndexer indexer,
    TimeProvider timeProvider,
    ILogger<EmbeddingBackfillService> logger) : BackgroundService
{
    internal static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(15);
    internal static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);

    private TimeSpan _retryDelay = FirstRetryDelay;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass starts after the host has finished starting, not inside StartAsync.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = await RunOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: embeds what is pending. Returns how long to wait before the next pass.</summary>
    internal async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await indexer.CountPendingAsync(cancellationToken) > 0)
            {
                await indexer.IndexPendingAsync(cancellationToken);
            }

            _retryDelay = FirstRetryDelay;
            return CheckInterval;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return TimeSpan.Zero;
        }
        catch (Exception ex)
        {
            var delay = _retryDelay;
            _retryDelay = TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, CheckInterval.Ticks));
            LogFailed(ex, delay);
            return delay;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding pending passages failed; retrying in {Delay}.")]
    private partial void LogFailed(Exception exception, TimeSpan delay);
}
