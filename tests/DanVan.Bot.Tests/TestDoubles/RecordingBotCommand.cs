using System.Collections.Concurrent;
using DanVan.Bot.Messaging;
using DanVan.Bot.Messaging.Replies;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>A command as another feature would register it: records each call and replies "&lt;name&gt;: &lt;arguments&gt;".</summary>
public sealed class RecordingBotCommand(string name, string description, bool adminOnly) : IBotCommand
{
    private readonly ConcurrentQueue<CommandContext> _calls = new();

    public string Name { get; } = name;

    public string Description { get; } = description;

    public bool AdminOnly { get; } = adminOnly;

    public IReadOnlyList<CommandContext> Calls => _calls.ToList();

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        _calls.Enqueue(context);
        return context.ReplyHtmlAsync($"<b>{Name}</b>: {TelegramHtml.Escape(context.Arguments)}", null, cancellationToken);
    }
}
