using System.Collections.Concurrent;
using DanVan.Bot.Messaging;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>Records the (old, new) chat ids it is told about.</summary>
public sealed class RecordingChatMigrationListener : IChatMigrationListener
{
    private readonly ConcurrentQueue<(long OldChatId, long NewChatId)> _moves = new();

    public IReadOnlyList<(long OldChatId, long NewChatId)> Moves => _moves.ToList();

    public Task OnChatMigratedAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        _moves.Enqueue((oldChatId, newChatId));
        return Task.CompletedTask;
    }
}
