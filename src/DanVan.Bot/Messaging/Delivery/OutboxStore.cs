using System.Text.Json;
using DanVan.Bot.Messaging.State;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// The persistent outbox (table telegram_outbox). Entries of one chat are delivered in row order; an entry ends as
/// sent (with Telegram's message id), dropped, expired or failed. Sent entries are forgotten after two days.
/// </summary>
internal sealed class OutboxStore
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    private readonly SqliteConnectionFactory _db;
    private readonly FollowUpStore _followUps;
    private readonly TimeProvider _time;

    public OutboxStore(SqliteConnectionFactory db, FollowUpStore followUps, TimeProvider time)
    {
        _db = db;
        _followUps = followUps;
        _time = time;
    }

    /// <summary>Stores <paramref name="messages"/> on their own (replies made outside the handling of an update).</summary>
    public async Task AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await AddAsync(transaction, messages, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stores <paramref name="messages"/> inside <paramref name="transaction"/>, due at once.</summary>
    public async Task AddAsync(SqliteTransaction transaction, IReadOnlyList<OutboxMessage> messages, long? updateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(messages);
        var now = DbTime.Format(_time.GetUtcNow());
        foreach (var message in messages)
        {
            await using var insert = transaction.Connection!.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO telegram_outbox(chat_id, update_id, text, parse_mode, reply_to_message_id, reply_markup, follow_up_question, created_at, next_attempt_at)
                VALUES ($chat, $update, $text, $mode, $replyTo, $markup, $followUp, $now, $now)
                """;
            insert.Parameters.AddWithValue("$chat", message.ChatId);
            insert.Parameters.AddWithValue("$update", (object?)updateId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$text", message.Text);
            insert.Parameters.AddWithValue("$mode", (object?)message.ParseMode ?? DBNull.Value);
            insert.Parameters.AddWithValue("$replyTo", (object?)message.ReplyToMessageId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$markup", message.Markup is { } markup ? JsonSerializer.Serialize(markup, JsonBotAPI.Options) : DBNull.Value);
            insert.Parameters.AddWithValue("$followUp", (object?)message.FollowUpQuestion ?? DBNull.Value);
            insert.Parameters.AddWithValue("$now", now);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The first pending entry of each chat, when it is due, oldest first; chats in <paramref name="busy"/> are left out.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> GetDueAsync(int limit, IReadOnlyCollection<long> busy, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT o.id, o.chat_id, o.text, o.parse_mode, o.reply_to_message_id, o.reply_markup, o.follow_up_question, o.created_at, o.attempts
            FROM telegram_outbox o
            JOIN (SELECT MIN(id) AS id FROM telegram_outbox WHERE status = 'pending' GROUP BY chat_id) head ON head.id = o.id
            WHERE o.next_attempt_at <= $now AND o.chat_id NOT IN (SELECT value FROM json_each($busy))
            ORDER BY o.id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$now", DbTime.Format(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$busy", JsonSerializer.Serialize(busy));
        command.Parameters.AddWithValue("$limit", limit);
        var due = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var markup = reader.IsDBNull(5) ? null : JsonSerializer.Deserialize<InlineKeyboardMarkup>(reader.GetString(5), JsonBotAPI.Options);
            var message = new OutboxMessage(reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), markup, reader.IsDBNull(6) ? null : reader.GetString(6));
            due.Add(new OutboxEntry(reader.GetInt64(0), message, DbTime.Parse(reader.GetString(7)), reader.GetInt32(8)));
        }

        return due;
    }

    /// <summary>When the earliest pending entry is due; null when the outbox is empty.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(next_attempt_at) FROM telegram_outbox WHERE status = 'pending'";
        return await command.ExecuteScalarAsync(cancellationToken) is string at ? DbTime.Parse(at) : null;
    }

    /// <summary>How many entries wait and since when the oldest waits (for /healthz).</summary>
    public async Task<(int Count, DateTimeOffset? Oldest)> GetBacklogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), MIN(created_at) FROM telegram_outbox WHERE status = 'pending'";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : DbTime.Parse(reader.GetString(1)));
    }

    /// <summary>Records Telegram's answer to a send, with the follow-up question if any, in one transaction.</summary>
    public async Task MarkSentAsync(OutboxEntry entry, Message sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(sent);
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await FinishAsync(transaction, entry.Id, OutboxStatus.Sent, sent.Id, null, cancellationToken);
        if (entry.Message.FollowUpQuestion is { } question)
        {
            await _followUps.RememberAsync(transaction, sent.Chat.Id, [sent.Id], question, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Ends an entry without a message: dropped, expired or failed, with the reason.</summary>
    public async Task FinishAsync(long id, OutboxStatus status, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await FinishAsync(transaction, id, status, null, reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Counts a failed attempt; the entry (and with it the rest of its chat) waits until <paramref name="next"/>.</summary>
    public Task RescheduleAsync(long id, int attempts, DateTimeOffset next, string error, CancellationToken cancellationToken) =>
        _db.ExecuteAsync(
            "UPDATE telegram_outbox SET attempts = $attempts, next_attempt_at = $next, last_error = $error WHERE id = $id",
            cancellationToken, ("$id", id), ("$attempts", attempts), ("$next", DbTime.Format(next)), ("$error", error));

    /// <summary>Replaces an entry's HTML by its plain text (Telegram could not parse the HTML).</summary>
    public Task MakePlainAsync(long id, string text, CancellationToken cancellationToken) =>
        _db.ExecuteAsync("UPDATE telegram_outbox SET text = $text, parse_mode = NULL WHERE id = $id", cancellationToken, ("$id", id), ("$text", text));

    /// <summary>A group became a supergroup: its waiting entries go there, no longer replying to old-chat message ids.</summary>
    public Task MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken) =>
        _db.ExecuteAsync(
            "UPDATE telegram_outbox SET chat_id = $new, reply_to_message_id = NULL WHERE chat_id = $old AND status = 'pending'",
            cancellationToken, ("$old", oldChatId), ("$new", newChatId));

    /// <summary>Forgets finished entries older than two days.</summary>
    public Task PruneAsync(CancellationToken cancellationToken) =>
        _db.ExecuteAsync("DELETE FROM telegram_outbox WHERE status <> 'pending' AND done_at < $cutoff", cancellationToken,
            ("$cutoff", DbTime.Format(_time.GetUtcNow() - Retention)));

    private async Task FinishAsync(SqliteTransaction transaction, long id, OutboxStatus status, long? messageId, string? reason, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE telegram_outbox SET status = $status, message_id = $message, done_at = $now, last_error = $reason WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$status", status.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$message", (object?)messageId ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", DbTime.Format(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$reason", (object?)reason ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
