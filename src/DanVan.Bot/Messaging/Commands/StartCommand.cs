namespace DanVan.Bot.Messaging.Commands;

/// <summary>/start: what the bot is and how to ask.</summary>
internal sealed class StartCommand : IBotCommand
{
    public string Name => "start";

    public string Description => "Giới thiệu bot và cách đặt câu hỏi";

    public bool AdminOnly => false;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ReplyHtmlAsync(BotTexts.Start, null, cancellationToken);
    }
}
