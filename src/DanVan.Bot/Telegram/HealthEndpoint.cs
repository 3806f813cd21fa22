using DanVan.Bot.Telegram.Delivery;
using DanVan.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram;

/// <summary>
/// GET /healthz: whether the database answers and accepts writes, when Telegram last answered, whether updates are
/// stuck (the oldest waiting longer than Bot:StuckUpdateSeconds) or receiving keeps failing (Bot:MaxReceiveFailures in a
/// row), and the outbox backlog; 503 when the bot cannot work.
/// </summary>
internal static class HealthEndpoint
{
    public static async Task<IResult> HandleAsync(SqliteConnectionFactory database, TelegramHealth health, StorageGate gate,
        TelegramStateStore state, OutboxStore outbox, IOptions<BotOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        string databaseStatus;
        DateTimeOffset? oldestUpdate = null;
        (int Count, DateTimeOffset? Oldest) backlog = (0, null);
        try
        {
            oldestUpdate = await state.GetOldestPendingAsync(CancellationToken.None);
            backlog = await outbox.GetBacklogAsync(CancellationToken.None);
            databaseStatus = gate.Closed is { } closed ? $"error: cannot write since {closed.Since:O} ({closed.Reason})" : "ok";
        }
        catch (Exception ex) when (ex is DatabaseException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            databaseStatus = "error: " + ex.Message;
        }

        var o = options.Value;
        var waiting = oldestUpdate is { } at ? (now - at).TotalSeconds : (double?)null;
        var stuck = waiting > o.StuckUpdateSeconds;
        var failing = health.ReceiveFailures >= o.MaxReceiveFailures || health.HandlingFailures >= o.MaxReceiveFailures;
        var lastSuccess = health.LastSuccess;
        var healthy = databaseStatus == "ok" && health.FatalError is null && !stuck && !failing;
        return Results.Json(
            new
            {
                status = healthy ? "ok" : "unhealthy",
                database = databaseStatus,
                telegram = new
                {
                    lastSuccess,
                    secondsSinceLastSuccess = lastSuccess is { } last ? (now - last).TotalSeconds : (double?)null,
                    fatalError = health.FatalError,
                    receiveFailuresInARow = health.ReceiveFailures,
                    handlingFailuresInARow = health.HandlingFailures,
                },
                updates = new { oldestWaitingSeconds = waiting, stuck },
                outbox = new { waiting = backlog.Count, oldestWaitingSeconds = backlog.Oldest is { } first ? (now - first).TotalSeconds : (double?)null },
            },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
