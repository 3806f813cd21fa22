using DanVan.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace DanVan.Bot.Telegram;

/// <summary>GET /healthz: whether the database answers and when Telegram last answered; 503 when the bot cannot work.</summary>
internal static class HealthEndpoint
{
    public static IResult Handle(SqliteConnectionFactory database, TelegramHealth health, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(time);
        string databaseStatus;
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM kv";
            command.ExecuteScalar();
            databaseStatus = "ok";
        }
        catch (Exception ex) when (ex is DatabaseException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            databaseStatus = "error: " + ex.Message;
        }

        var lastSuccess = health.LastSuccess;
        var healthy = databaseStatus == "ok" && health.FatalError is null;
        return Results.Json(
            new
            {
                status = healthy ? "ok" : "unhealthy",
                database = databaseStatus,
                telegram = new
                {
                    lastSuccess,
                    secondsSinceLastSuccess = lastSuccess is { } at ? (time.GetUtcNow() - at).TotalSeconds : (double?)null,
                    fatalError = health.FatalError,
                },
            },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
