using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Bot.Messaging.Health;

/// <summary>"telegram": when a Bot API call last succeeded; unhealthy only when Telegram rejected the token.</summary>
internal sealed class TelegramApiHealthCheck(TelegramHealth health, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        if (health.LastSuccess is { } last)
        {
            data["lastSuccess"] = last;
            data["secondsSinceLastSuccess"] = Math.Round((time.GetUtcNow() - last).TotalSeconds, 1);
        }

        return Task.FromResult(health.FatalError is { } fatal
            ? HealthCheckResult.Unhealthy(fatal, data: data)
            : HealthCheckResult.Healthy(health.LastSuccess is null ? "no successful call yet" : "answering", data));
    }
}
