using System.Globalization;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Core.Storage;

namespace DanVan.Bot.Messaging.State;

/// <summary>
/// Delivery state in SQLite: the polling offset (kv 'telegram.offset') and every update seen, so that neither a restart
/// nor a webhook retry answers twice, and updates received (polled, or accepted by the webhook with 200) survive a crash
/// until handled. Failed attempts and set-aside updates are kept by <see cref="Inbox.UpdateInbox"/>.
/// </summary>
internal sealed class TelegramStateStore
{
    private const string OffsetKey = "telegram.offset";

    // The offset only ever moves forward.
    private const string SaveOffsetSql = """
        INSERT INTO kv(key, value) VALUES ($key, $value)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value
        WHERE CAST(kv.value AS INTEGER) < CAST(excluded.value AS INTEGER)
        """;

    // Telegram keeps undelivered updates for 24 hours; remembering ids for two days covers every redelivery.
    private static readonly TimeSpan ProcessedRetention = TimeSpan.FromDays(2);

    private readonly SqliteConnectionFactory _db;
    private readonly TimeProvider _time;

    public TelegramStateStore(SqliteConnectionFactory db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>The next update id to ask for; null when nothing was ever handled.</summary>
    public async Task<long?> GetOffsetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM kv WHERE key = $key";
        command.Parameters.AddWithValue("$key", OffsetKey);
        var value = await command.ExecuteScalarAsync(cancellationToken) as string;
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : null;
    }

    /// <summary>Stores the offset; it only ever moves forward.</summary>
    public async Task SaveOffsetAsync(long offset, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SaveOffsetSql;
        command.Parameters.AddWithValue("$key", OffsetKey);
        command.Parameters.AddWithValue("$value", offset.ToString(CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Which of <paramref name="updateIds"/> were already handled.</summary>
    public async Task<HashSet<long>> GetProcessedAsync(IReadOnlyCollection<long> updateIds, CancellationToken cancellationToken)
    {
        var processed = new HashSet<long>();
        if (updateIds.Count == 0)
        {
            return processed;
        }

        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT update_id FROM telegram_updates WHERE processed_at IS NOT NULL AND update_id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', updateIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            processed.Add(reader.GetInt64(0));
        }

        return processed;
    }

    public async Task MarkProcessedAsync(long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO telegram_updates(update_id, payload, received_at, processed_at) VALUES ($id, NULL, $now, $now)
            ON CONFLICT(update_id) DO UPDATE SET processed_at = excluded.processed_at, payload = NULL
            """;
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores a webhook update until it is handled. False when this update id was already received.</summary>
    public async Task<bool> EnqueueAsync(long updateId, string payload, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO telegram_updates(update_id, payload, received_at) VALUES ($id, $payload, $now)";
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Stores a batch from getUpdates and the offset after it in one transaction: once Telegram is told (by the next
    /// getUpdates) that these were received, they are safe here, whatever happens to the process.
    /// </summary>
    public async Task EnqueueBatchAsync(IReadOnlyList<(long UpdateId, string Payload)> updates, long offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR IGNORE INTO telegram_updates(update_id, payload, received_at) VALUES ($id, $payload, $now)";
            var id = insert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
            var payload = insert.Parameters.Add("$payload", Microsoft.Data.Sqlite.SqliteType.Text);
            insert.Parameters.AddWithValue("$now", Now());
            foreach (var update in updates)
            {
                id.Value = update.UpdateId;
                payload.Value = update.Payload;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var save = connection.CreateCommand())
        {
            save.Transaction = transaction;
            save.CommandText = SaveOffsetSql;
            save.Parameters.AddWithValue("$key", OffsetKey);
            save.Parameters.AddWithValue("$value", offset.ToString(CultureInfo.InvariantCulture));
            await save.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Received updates neither handled nor set aside, oldest first.</summary>
    public async Task<IReadOnlyList<PendingUpdate>> GetPendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT update_id, payload, attempts, next_attempt_at FROM telegram_updates
            WHERE processed_at IS NULL AND failed_at IS NULL AND payload IS NOT NULL ORDER BY update_id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        var pending = new List<PendingUpdate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pending.Add(new PendingUpdate(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : DbTime.Parse(reader.GetString(3))));
        }

        return pending;
    }

    /// <summary>When the oldest update still waiting to be handled arrived; null when none waits.</summary>
    public async Task<DateTimeOffset?> GetOldestPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(received_at) FROM telegram_updates WHERE processed_at IS NULL AND failed_at IS NULL AND payload IS NOT NULL";
        return await command.ExecuteScalarAsync(cancellationToken) is string at ? DbTime.Parse(at) : null;
    }

    /// <summary>Forgets handled updates older than the redelivery window (set-aside ones stay until an operator looks).</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM telegram_updates WHERE processed_at IS NOT NULL AND processed_at < $cutoff";
        command.Parameters.AddWithValue("$cutoff", DbTime.Format(_time.GetUtcNow() - ProcessedRetention));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Now() => DbTime.Format(_time.GetUtcNow());
}
