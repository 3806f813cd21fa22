using DanVan.Bot.Messaging.State;
using DanVan.Core.Storage;

namespace DanVan.Bot.Messaging.Inbox;

/// <summary>Reads the updates set aside after failing (the dead letters), for <c>updates failed</c>. Needs only the database.</summary>
internal sealed class FailedUpdates
{
    private readonly SqliteConnectionFactory _db;

    public FailedUpdates(SqliteConnectionFactory db) => _db = db;

    /// <summary>The updates set aside, newest first.</summary>
    public async Task<IReadOnlyList<FailedUpdate>> ListFailedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT update_id, received_at, failed_at, attempts, COALESCE(last_error, ''),
                   CASE WHEN json_valid(payload) THEN COALESCE(json_extract(payload, '$.message.chat.id'),
                       json_extract(payload, '$.callback_query.from.id'), json_extract(payload, '$.my_chat_member.chat.id')) END,
                   length(payload)
            FROM telegram_updates WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, update_id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        var failed = new List<FailedUpdate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            failed.Add(new FailedUpdate(reader.GetInt64(0), DbTime.Parse(reader.GetString(1)), DbTime.Parse(reader.GetString(2)),
                reader.GetInt32(3), reader.GetString(4), reader.IsDBNull(5) ? null : ChatId(reader.GetValue(5)),
                reader.IsDBNull(6) ? 0 : reader.GetInt32(6)));
        }

        return failed;
    }

    /// <summary>How many updates are set aside.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM telegram_updates WHERE failed_at IS NOT NULL";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long? ChatId(object value) => value is long id ? id : null;
}
