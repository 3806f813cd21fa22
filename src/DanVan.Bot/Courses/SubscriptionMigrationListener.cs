using DanVan.Bot.Messaging;
using DanVan.Core.Courses;

namespace DanVan.Bot.Courses;

/// <summary>A group upgraded to a supergroup keeps its digest subscription under the new chat id.</summary>
internal sealed class SubscriptionMigrationListener(SubscriptionStore subscriptions) : IChatMigrationListener
{
    public Task OnChatMigratedAsync(long oldChatId, long newChatId, CancellationToken cancellationToken) =>
        subscriptions.MoveChatAsync(oldChatId, newChatId, cancellationToken);
}
