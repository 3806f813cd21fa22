namespace DanVan.Bot.Messaging.Commands;

/// <summary>
/// /ingest (admins) sent as text: explains that documents are added by sending the file (captioned /ingest in groups).
/// The upload itself is routed as a document, not as this command.
/// </summary>
internal sealed class IngestCommand : IBotCommand
{
    public string Name => Routing.MessageRouter.IngestCommand;

    public string Description => "Thêm tài liệu: gửi tệp kèm chú thích /ingest (quản trị)";

    public bool AdminOnly => true;

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ReplyHtmlAsync(BotTexts.IngestUsage, null, cancellationToken);
    }
}
