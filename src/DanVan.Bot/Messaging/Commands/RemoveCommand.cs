using System.Globalization;
using DanVan.Core.Ingestion;

namespace DanVan.Bot.Messaging.Commands;

/// <summary>/remove &lt;id&gt; (admins): deletes a document and its passages.</summary>
internal sealed class RemoveCommand : IBotCommand
{
    private readonly IKnowledgeAdmin _knowledge;

    public RemoveCommand(IKnowledgeAdmin knowledge) => _knowledge = knowledge;

    public string Name => "remove";

    public string Description => "Xoá một tài liệu khỏi kho (quản trị)";

    public bool AdminOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!long.TryParse(context.Arguments.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await context.ReplyHtmlAsync(BotTexts.RemoveUsage, null, cancellationToken);
            return;
        }

        var removed = await _knowledge.RemoveDocumentAsync(id, cancellationToken);
        await context.ReplyHtmlAsync(removed ? BotTexts.Removed(id) : BotTexts.RemoveNotFound(id), null, cancellationToken);
    }
}
