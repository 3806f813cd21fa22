using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Health;

/// <summary>
/// "updates": received updates waiting (unhealthy when the oldest waits longer than Bot:StuckUpdateSeconds), updates set
/// aside after failing (degraded: someone should look with <c>updates failed</c>), and replies waiting in the outbox.
/// </summary>
internal sealed class UpdatesHealthCheck(TelegramStateStore state, FailedUpdates failed, OutboxStore outbox, TimeProvider time, IOptions<BotOptions> options)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var oldest = await state.GetOldestPendingAsync(cancellationToken);
        var setAside = await failed.CountAsync(cancellationToken);
        var (waiting, oldestReply) = await outbox.GetBacklogAsync(cancellationToken);
        var waited = oldest is { } at ? (now - at).TotalSeconds : (double?)null;
        var stuck = waited > options.Value.StuckUpdateSeconds;
        var data = new Dictionary<string, object>
        {
            ["stuck"] = stuck,
            ["setAside"] = setAside,
            ["repliesWaiting"] = waiting,
        };
        if (waited is { } seconds)
        {
            data["oldestWaitingSeconds"] = Math.Round(seconds, 1);
        }

        if (oldestReply is { } reply)
        {
            data["oldestReplyWaitingSeconds"] = Math.Round((now - reply).TotalSeconds, 1);
        }

        return stuck ? HealthCheckResult.Unhealthy($"an update has waited {waited:0} s", data: data)
            : setAside > 0 ? HealthCheckResult.Degraded($"{setAside} update(s) set aside after failing; see `updates failed`", data: data)
            : HealthCheckResult.Healthy("flowing", data);
    }
}
