using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.State;
using DanVan.Core.Storage;

namespace DanVan.Bot.Messaging.Inbox;

/// <summary>
/// The outcome of handling a stored update: handled (its replies stored in the outbox in the same transaction, so an
/// update whose reply was recorded is never answered again, and a reply is never recorded for an update that will be
/// handled again), failed (tried again later) or set aside as a dead letter (listed by <see cref="FailedUpdates"/>).
/// </summary>
internal sealed class UpdateInbox
{
    private readonly SqliteConnectionFactory _db;
    private readonly OutboxStore _outbox;
    private readonly TimeProvider _time;

    public UpdateInbox(SqliteConnectionFactory db, OutboxStore outbox, TimeProvider time)
    {
        _db = db;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>Marks the update handled and stores its replies, in one transaction.</summary>
    public async Task CompleteAsync(long updateId, IReadOnlyList<OutboxMessage> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await _outbox.AddAsync(transaction, replies, updateId, cancellationToken);
        await using (var mark = connection.CreateCommand())
        {
            mark.Transaction = transaction;
            mark.CommandText = """
                INSERT INTO telegram_updates(update_id, payload, received_at, processed_at) VALUES ($id, NULL, $now, $now)
                ON CONFLICT(update_id) DO UPDATE SET processed_at = excluded.processed_at, payload = NULL
                """;
            mark.Parameters.AddWithValue("$id", updateId);
            mark.Parameters.AddWithValue("$now", DbTime.Format(_time.GetUtcNow()));
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Counts a failed attempt; the update (and the rest of its chat) waits until <paramref name="next"/>.</summary>
    public Task RecordFailureAsync(long updateId, int attempts, DateTimeOffset next, string error, CancellationToken cancellationToken) =>
        _db.ExecuteAsync("UPDATE telegram_updates SET attempts = $attempts, next_attempt_at = $next, last_error = $error WHERE update_id = $id",
            cancellationToken, ("$id", updateId), ("$attempts", attempts), ("$next", DbTime.Format(next)), ("$error", error));

    /// <summary>Sets the update aside for good, keeping its payload for the operator.</summary>
    public Task SetAsideAsync(long updateId, int attempts, string error, CancellationToken cancellationToken) =>
        _db.ExecuteAsync("UPDATE telegram_updates SET attempts = $attempts, failed_at = $now, last_error = $error WHERE update_id = $id",
            cancellationToken, ("$id", updateId), ("$attempts", attempts), ("$now", DbTime.Format(_time.GetUtcNow())), ("$error", error));
}
