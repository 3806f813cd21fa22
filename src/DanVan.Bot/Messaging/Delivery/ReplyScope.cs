namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// Collects the replies produced while one update is handled, so they are stored in the same transaction that marks the
/// update handled (<see cref="UpdateCompletion"/>). Ambient (AsyncLocal) on purpose: every handler, command and callback
/// replies through <see cref="Replies.ReplySender"/> without passing the scope along, and a reply made outside any update
/// (nothing is collecting) goes straight to the outbox.
/// </summary>
internal sealed class ReplyScope : IDisposable
{
    private static readonly AsyncLocal<ReplyScope?> CurrentScope = new();

    private readonly ReplyScope? _outer;
    private readonly List<OutboxMessage> _replies = [];

    private ReplyScope(ReplyScope? outer) => _outer = outer;

    /// <summary>The replies collected so far, in the order they were made.</summary>
    public IReadOnlyList<OutboxMessage> Replies
    {
        get
        {
            lock (_replies)
            {
                return _replies.ToList();
            }
        }
    }

    /// <summary>Starts collecting for the current async flow (the handling of one update).</summary>
    public static ReplyScope Begin()
    {
        var scope = new ReplyScope(CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>Adds to the scope of the current flow; false when nothing is collecting.</summary>
    public static bool TryAdd(IReadOnlyList<OutboxMessage> messages)
    {
        if (CurrentScope.Value is not { } scope)
        {
            return false;
        }

        lock (scope._replies)
        {
            scope._replies.AddRange(messages);
        }

        return true;
    }

    public void Dispose() => CurrentScope.Value = _outer;
}
