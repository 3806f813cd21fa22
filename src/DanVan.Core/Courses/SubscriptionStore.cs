using DanVan.Core.Storage;

namespace DanVan.Core.Courses;

/// <summary>Chats subscribed to the daily course digest.</summary>
public sealed class SubscriptionStore(SqliteConnectionFactory factory, TimeProvider timeProvider)
{
    /// <summary>Subscribes a chat. False when it was subscribed already (its title is refreshed, nothing else changes).</summary>
    public async Task<bool> SubscribeAsync(long chatId, string? chatTitle, long? subscribedBy, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var insert = Sql.Command(connection, """
            INSERT INTO subscriptions (chat_id, chat_title, subscribed_by, subscribed_at) VALUES ($chat, $title, $by, $now)
            ON CONFLICT (chat_id) DO NOTHING;
            """).With("$chat", chatId).With("$title", Sql.Clean(chatTitle)).With("$by", subscribedBy).With("$now", timeProvider.GetUtcNow());
        if (insert.ExecuteNonQuery() == 1)
        {
            return true;
        }

        using var refresh = Sql.Command(connection, "UPDATE subscriptions SET chat_title = COALESCE($title, chat_title) WHERE chat_id = $chat;")
            .With("$chat", chatId).With("$title", Sql.Clean(chatTitle));
        refresh.ExecuteNonQuery();
        return false;
    }

    /// <summary>Unsubscribes a chat; false when it was not subscribed.</summary>
    public async Task<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var delete = Sql.Command(connection, "DELETE FROM subscriptions WHERE chat_id = $chat;").With("$chat", chatId);
        return delete.ExecuteNonQuery() == 1;
    }

    public async Task<bool> IsSubscribedAsync(long chatId, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = Sql.Command(connection, "SELECT 1 FROM subscriptions WHERE chat_id = $chat;").With("$chat", chatId);
        return select.ExecuteScalar() is not null;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = Sql.Command(connection,
            "SELECT chat_id, chat_title, subscribed_by, subscribed_at FROM subscriptions ORDER BY subscribed_at, chat_id;");
        using var reader = select.ExecuteReader();
        var list = new List<Subscription>();
        while (reader.Read())
        {
            list.Add(new Subscription(reader.GetInt64(0), Sql.ReadString(reader, 1), Sql.ReadNullableLong(reader, 2), Sql.ReadInstant(reader, 3)));
        }

        return list;
    }

    /// <summary>
    /// A group was upgraded to a supergroup and got a new id: the subscription and today's digest record move with it,
    /// so the new id neither loses the digest nor gets a second one. False when the old id was not subscribed.
    /// </summary>
    public async Task<bool> MoveChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default)
    {
        using var connection = await factory.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using (var log = Sql.Command(connection, "UPDATE OR IGNORE digest_log SET chat_id = $new WHERE chat_id = $old;", transaction))
        {
            log.With("$new", newChatId).With("$old", oldChatId).ExecuteNonQuery();
        }

        using var move = Sql.Command(connection, """
            UPDATE OR IGNORE subscriptions SET chat_id = $new WHERE chat_id = $old;
            DELETE FROM subscriptions WHERE chat_id = $old;
            """, transaction).With("$new", newChatId).With("$old", oldChatId);
        var moved = move.ExecuteNonQuery() > 0;
        transaction.Commit();
        return moved;
    }
}
