using System.Text;
using DanVan.Bot.Messaging.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Messaging.Commands;

/// <summary>/help: the commands this user may run (admins also see admin commands) and how to ask in groups.</summary>
internal sealed class HelpCommand : IBotCommand
{
    // The catalog holds this command, so it is resolved when needed rather than injected.
    private readonly IServiceProvider _services;

    public HelpCommand(IServiceProvider services) => _services = services;

    public string Name => "help";

    public string Description => "Xem hướng dẫn và danh sách lệnh";

    public bool AdminOnly => false;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ReplyHtmlAsync(BuildHelp(context.IsAdmin), null, cancellationToken);
    }

    public string BuildHelp(bool isAdmin)
    {
        var catalog = _services.GetRequiredService<CommandCatalog>();
        var text = new StringBuilder(BotTexts.HelpHeader);
        foreach (var command in catalog.VisibleTo(isAdmin))
        {
            text.Append("\n/").Append(command.Name).Append(" — ").Append(TelegramHtml.Escape(command.Description));
        }

        return text.Append("\n\n").Append(BotTexts.HelpFooter).ToString();
    }
}
