namespace DanVan.Bot.Messaging;

/// <summary>
/// Told when a group was upgraded to a supergroup and so got a new chat id (a service message, or a 400 with
/// migrate_to_chat_id when sending). Features that store chat ids (e.g. course subscriptions) implement it and move their
/// rows. It may be called more than once for the same move, so implementations must be idempotent.
/// </summary>
public interface IChatMigrationListener
{
    Task OnChatMigratedAsync(long oldChatId, long newChatId, CancellationToken cancellationToken);
}
