using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging;
using DanVan.Core.Questions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Questions;

/// <summary>
/// Deletes questions older than Questions:RetentionDays (and the bot's follow-up memory of them) when the bot starts and
/// then once a day, so nothing asked is kept longer than README says even if no one runs <c>questions purge</c>.
/// </summary>
internal sealed partial class QuestionRetentionService(
    QuestionLog log,
    IOptions<QuestionLogOptions> options,
    TimeProvider timeProvider,
    IServiceProvider services,
    ILogger<QuestionRetentionService> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await PurgeOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(Interval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One purge; a failure is logged and retried at the next tick, never thrown (it would stop the host).</summary>
    internal async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var purged = await log.PurgeAsync(cancellationToken);
            // The follow-up memory holds questions beside chat ids (a private chat's id is its user's): same retention.
            // It exists only when Telegram is configured.
            var followUps = services.GetService<FollowUpStore>() is { } store
                ? await store.ForgetOlderThanAsync(timeProvider.GetUtcNow().AddDays(-options.Value.RetentionDays), cancellationToken)
                : 0;
            LogPurged(purged, followUps, options.Value.RetentionDays);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPurgeFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Question log: {Count} question(s) and {FollowUps} follow-up entries older than {Days} days deleted")]
    private partial void LogPurged(int count, int followUps, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Question log purge failed; retrying in a day")]
    private partial void LogPurgeFailed(Exception exception);
}
