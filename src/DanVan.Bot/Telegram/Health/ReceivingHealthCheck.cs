using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram.Health;

/// <summary>
/// "receiving": the loop that takes updates (getUpdates, or the webhook queue) went round recently. A long poll may
/// legitimately wait Telegram:PollTimeoutSeconds plus the request timeout, and a failure waits a backoff: the loop is
/// stalled only after twice that. Before the first round (getMe still retrying) the bot is starting (degraded).
/// </summary>
internal sealed class ReceivingHealthCheck(TelegramHealth health, TimeProvider time, IOptions<TelegramOptions> options) : IHealthCheck
{
    // The webhook loop wakes at least this often even when nothing arrives.
    private static readonly TimeSpan WebhookIdleWake = TimeSpan.FromSeconds(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var round = (o.Mode == TelegramMode.Webhook ? WebhookIdleWake : TimeSpan.FromSeconds(o.PollTimeoutSeconds))
                    + TimeSpan.FromSeconds(o.RequestTimeoutSeconds + o.RetryMaxDelaySeconds);
        var limit = round * 2;
        if (health.FatalError is { } fatal)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(fatal));
        }

        if (health.LastReceiveProgress is not { } last)
        {
            return Task.FromResult(HealthCheckResult.Degraded("starting: Telegram has not answered getMe yet"));
        }

        var idle = time.GetUtcNow() - last;
        var data = new Dictionary<string, object>
        {
            ["lastRound"] = last,
            ["secondsSinceLastRound"] = Math.Round(idle.TotalSeconds, 1),
            ["limitSeconds"] = limit.TotalSeconds,
        };
        return Task.FromResult(idle <= limit
            ? HealthCheckResult.Healthy("making progress", data)
            : HealthCheckResult.Unhealthy($"stalled: no round for {idle.TotalSeconds:0} s", data: data));
    }
}
