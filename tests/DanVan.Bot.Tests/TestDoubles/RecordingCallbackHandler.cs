using System.Collections.Concurrent;
using DanVan.Bot.Messaging;
using Telegram.Bot.Types;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>A callback handler as another feature would register it: records queries and whether the user was an admin.</summary>
public sealed class RecordingCallbackHandler(string prefix) : ICallbackHandler
{
    private readonly ConcurrentQueue<(CallbackQuery Query, bool IsAdmin)> _calls = new();

    public string Prefix { get; } = prefix;

    public IReadOnlyList<(CallbackQuery Query, bool IsAdmin)> Calls => _calls.ToList();

    public Task HandleAsync(CallbackQuery query, bool isAdmin, CancellationToken cancellationToken)
    {
        _calls.Enqueue((query, isAdmin));
        return Task.CompletedTask;
    }
}
