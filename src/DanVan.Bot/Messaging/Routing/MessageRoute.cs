namespace DanVan.Bot.Messaging.Routing;

/// <summary>
/// The outcome of routing: for a question, <see cref="Text"/> is the question with the bot's mention removed; for a
/// command, <see cref="Command"/> is its lower-case name and <see cref="Text"/> the arguments, and
/// <see cref="Addressed"/> says the command named this bot explicitly (/cmd@BotName).
/// </summary>
internal sealed record MessageRoute(RouteKind Kind, string Text = "", string? Command = null, bool Addressed = false)
{
    public static MessageRoute Ignore { get; } = new(RouteKind.Ignore);

    public static MessageRoute Upload { get; } = new(RouteKind.Upload);
}
