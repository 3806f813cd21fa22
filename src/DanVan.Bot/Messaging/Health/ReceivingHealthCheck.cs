using DanVan.Bot.Messaging.Settings;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Health;

/// <summary>
/// "receiving": the loops that take updates go round. Polling: a long poll may legitimately wait
/// Telegram:PollTimeoutSeconds plus the request timeout, and a failure waits a backoff, so the poller is stalled only
/// after twice that. Both modes: the loop handling stored updates wakes at least every 30 s. Unhealthy too after
/// Bot:MaxReceiveFailures failures in a row of either loop. Before the first round (getMe still retrying) the bot is
/// starting (degraded).
/// </summary>
internal sealed class ReceivingHealthCheck(TelegramHealth health, TimeProvider time, IOptions<TelegramOptions> telegram, IOptions<BotOptions> bot)
    : IHealthCheck
{
    // The handling loop wakes at least this often even when nothing arrives.
    private static readonly TimeSpan HandlingIdleWake = TimeSpan.FromSeconds(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        var o = telegram.Value;
        var slack = TimeSpan.FromSeconds(o.RequestTimeoutSeconds + o.RetryMaxDelaySeconds);
        var pollLimit = (TimeSpan.FromSeconds(o.PollTimeoutSeconds) + slack) * 2;
        var handlingLimit = (HandlingIdleWake + slack) * 2;
        if (health.FatalError is { } fatal)
        {
            return HealthCheckResult.Unhealthy(fatal);
        }

        var polling = o.Mode == TelegramMode.Polling;
        var now = time.GetUtcNow();
        var last = polling ? health.LastReceiveProgress : health.LastHandlingRound;
        if (last is null)
        {
            return HealthCheckResult.Degraded("starting: Telegram has not answered getMe yet");
        }

        var data = new Dictionary<string, object>
        {
            ["lastRound"] = last.Value,
            ["secondsSinceLastRound"] = Math.Round((now - last.Value).TotalSeconds, 1),
            ["receiveFailuresInARow"] = health.ReceiveFailures,
            ["handlingFailuresInARow"] = health.HandlingFailures,
        };
        var problem = polling && now - last.Value > pollLimit ? $"polling stalled: no getUpdates for {(now - last.Value).TotalSeconds:0} s"
            : health.LastHandlingRound is { } handled && now - handled > handlingLimit ? $"handling stalled: no round for {(now - handled).TotalSeconds:0} s"
            : health.ReceiveFailures >= bot.Value.MaxReceiveFailures ? $"receiving failed {health.ReceiveFailures} times in a row"
            : health.HandlingFailures >= bot.Value.MaxReceiveFailures ? $"handling failed {health.HandlingFailures} times in a row"
            : null;
        return problem is null ? HealthCheckResult.Healthy("making progress", data) : HealthCheckResult.Unhealthy(problem, data: data);
    }
}
