using System.Globalization;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Bot.Messaging.Health;

/// <summary>
/// "database": the database answers and accepts a write (a full disk or a read-only file is unhealthy). While the
/// storage gate is closed (writes failed) the outage is reported without probing again.
/// </summary>
internal sealed class DatabaseHealthCheck(SqliteConnectionFactory database, StorageGate gate, TimeProvider time) : IHealthCheck
{
    private const string ProbeKey = "health.probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (gate.Closed is { } closed)
        {
            return HealthCheckResult.Unhealthy($"cannot write since {closed.Since:O} ({closed.Reason})");
        }

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO kv (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            command.Parameters.AddWithValue("$key", ProbeKey);
            command.Parameters.AddWithValue("$value", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return HealthCheckResult.Healthy("writable");
        }
        catch (Exception ex) when (ex is DatabaseException or SqliteException or IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("cannot write: " + ex.Message);
        }
    }
}
