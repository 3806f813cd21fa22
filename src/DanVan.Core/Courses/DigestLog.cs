using DanVan.Core.Storage;

namespace DanVan.Core.Courses;

/// <summary>
/// At most one row per chat and local day (UNIQUE (chat_id, local_date)): the record that makes "one digest per chat
/// per day" hold across restarts and crashes. The scheduler claims the row before sending (see DigestScheduler).
/// </summary>
public sealed class DigestLog(SqliteConnectionFactory factory, TimeProvider timeProvider)
{
    /// <summary>Chats that already have a row for <paramref name="localDate"/>, whatever its status.</summary>
    public async Task<IReadOnlySet<long>> ChatsRecordedAsync(DateOnly localDate, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = Sql.Command(connection, "SELECT chat_id FROM digest_log WHERE local_date = $date;").With("$date", localDate);
        using var reader = select.ExecuteReader();
        var chats = new HashSet<long>();
        while (reader.Read())
        {
            chats.Add(reader.GetInt64(0));
        }

        return chats;
    }

    /// <summary>Inserts the row with <paramref name="status"/> unless one exists; true when this call created it (the claim).</summary>
    public async Task<bool> TryRecordAsync(long chatId, DateOnly localDate, DigestSendStatus status, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var insert = Sql.Command(connection, """
            INSERT INTO digest_log (chat_id, local_date, status, recorded_at) VALUES ($chat, $date, $status, $now)
            ON CONFLICT (chat_id, local_date) DO NOTHING;
            """).With("$chat", chatId).With("$date", localDate).With("$status", Text(status)).With("$now", timeProvider.GetUtcNow());
        return insert.ExecuteNonQuery() == 1;
    }

    /// <summary>Updates the outcome of a claimed row.</summary>
    public async Task CompleteAsync(long chatId, DateOnly localDate, DigestSendStatus status, long? messageId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var update = Sql.Command(connection, """
            UPDATE digest_log SET status = $status, message_id = $message, detail = $detail, recorded_at = $now
            WHERE chat_id = $chat AND local_date = $date;
            """).With("$status", Text(status)).With("$message", messageId).With("$detail", detail)
            .With("$now", timeProvider.GetUtcNow()).With("$chat", chatId).With("$date", localDate);
        update.ExecuteNonQuery();
    }

    /// <summary>
    /// Deletes a claim whose send certainly did not reach the chat (Telegram answered 429 or "group migrated"),
    /// so a later tick the same day may send it.
    /// </summary>
    public async Task ReleaseAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var delete = Sql.Command(connection, "DELETE FROM digest_log WHERE chat_id = $chat AND local_date = $date AND status = 'sending';")
            .With("$chat", chatId).With("$date", localDate);
        delete.ExecuteNonQuery();
    }

    public async Task<DigestLogEntry?> GetAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = Sql.Command(connection, """
            SELECT status, message_id, detail, recorded_at FROM digest_log WHERE chat_id = $chat AND local_date = $date;
            """).With("$chat", chatId).With("$date", localDate);
        using var reader = select.ExecuteReader();
        return reader.Read()
            ? new DigestLogEntry(chatId, localDate, Enum.Parse<DigestSendStatus>(reader.GetString(0), ignoreCase: true),
                Sql.ReadNullableLong(reader, 1), Sql.ReadString(reader, 2), Sql.ReadInstant(reader, 3))
            : null;
    }

    private static string Text(DigestSendStatus status) => status.ToString().ToLowerInvariant();
}
