using System.Text;
using DanVan.Core.Ingestion;

namespace DanVan.Bot.Messaging.Commands;

/// <summary>/docs (admins): the documents in the knowledge base with their ids, for /remove.</summary>
internal sealed class DocsCommand : IBotCommand
{
    private readonly IKnowledgeAdmin _knowledge;

    public DocsCommand(IKnowledgeAdmin knowledge) => _knowledge = knowledge;

    public string Name => "docs";

    public string Description => "Xem danh sách tài liệu trong kho (quản trị)";

    public bool AdminOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var documents = await _knowledge.ListDocumentsAsync(cancellationToken);
        if (documents.Count == 0)
        {
            await context.ReplyHtmlAsync(BotTexts.DocsEmpty, null, cancellationToken);
            return;
        }

        var text = new StringBuilder(BotTexts.DocsHeader(documents.Count));
        foreach (var document in documents.OrderBy(d => d.Id))
        {
            text.Append('\n').Append(BotTexts.DocsLine(document.Id, document.Title, document.Passages, document.AddedAt));
        }

        text.Append("\n\n").Append(BotTexts.DocsFooter);
        await context.ReplyHtmlAsync(text.ToString(), null, cancellationToken);
    }
}
