using DanVan.Bot.Messaging.Settings;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.State;

/// <summary>
/// Remembers which question each bot answer message answered, so a reply to that message is a follow-up.
/// Kept in SQLite (survives restarts), capped at <see cref="BotOptions.FollowUpCapacity"/> newest entries.
/// </summary>
internal sealed class FollowUpStore
{
    private readonly SqliteConnectionFactory _db;
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly int _pruneEvery;
    private int _sincePrune;

    public FollowUpStore(SqliteConnectionFactory db, TimeProvider time, IOptions<BotOptions> options)
    {
        _db = db;
        _time = time;
        _capacity = options.Value.FollowUpCapacity;
        // Pruning walks the whole table in age order, so it runs once per tenth of the capacity remembered (and on the
        // first answer after a start), not after every answer: the table holds at most a tenth more than the capacity.
        _pruneEvery = Math.Max(1, _capacity / 10);
        _sincePrune = _pruneEvery;
    }

    /// <summary>Forgets answers older than <paramref name="cutoff"/> (the question log's retention applies here too).</summary>
    public async Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM telegram_answers WHERE created_at < $cutoff";
        delete.Parameters.AddWithValue("$cutoff", DbTime.Format(cutoff));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RememberAsync(long chatId, IReadOnlyList<long> messageIds, string question, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return;
        }

        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await RememberAsync(transaction, chatId, messageIds, question, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Remembers inside <paramref name="transaction"/>, so the outbox records a send and its follow-up together.</summary>
    public async Task RememberAsync(SqliteTransaction transaction, long chatId, IReadOnlyList<long> messageIds, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection!;
        var now = DbTime.Format(_time.GetUtcNow());
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR REPLACE INTO telegram_answers(chat_id, message_id, question, created_at) VALUES ($chat, $message, $question, $now)";
            insert.Parameters.AddWithValue("$chat", chatId);
            var message = insert.Parameters.Add("$message", SqliteType.Integer);
            insert.Parameters.AddWithValue("$question", question);
            insert.Parameters.AddWithValue("$now", now);
            foreach (var messageId in messageIds)
            {
                message.Value = messageId;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (Interlocked.Add(ref _sincePrune, messageIds.Count) >= _pruneEvery)
        {
            Interlocked.Exchange(ref _sincePrune, 0);
            await using var prune = connection.CreateCommand();
            prune.Transaction = transaction;
            prune.CommandText = """
                DELETE FROM telegram_answers WHERE (chat_id, message_id) IN (
                    SELECT chat_id, message_id FROM telegram_answers ORDER BY created_at DESC, message_id DESC LIMIT -1 OFFSET $capacity)
                """;
            prune.Parameters.AddWithValue("$capacity", _capacity);
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The question the bot's message <paramref name="messageId"/> answered; null when unknown or forgotten.</summary>
    public async Task<string?> FindQuestionAsync(long chatId, long messageId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT question FROM telegram_answers WHERE chat_id = $chat AND message_id = $message";
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$message", messageId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
