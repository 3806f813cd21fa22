using DanVan.Bot.Telegram.Api;
using DanVan.Bot.Telegram.Delivery;
using DanVan.Bot.Telegram.Replies;
using DanVan.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram;

/// <summary>
/// A document sent to the bot. Admins' files are downloaded (getFile, then the file URL) and ingested through the same
/// pipeline as the CLI; the reply names the file and the number of passages indexed. Non-admins get a polite refusal and
/// nothing is downloaded. Files over Telegram:MaxDownloadBytes (20 MB on the cloud Bot API) or Ingestion:MaxFileBytes
/// are refused before downloading; a corrupt file gets the reader's reason and leaves the index as it was.
/// </summary>
internal sealed partial class DocumentUploadHandler
{
    private readonly ITelegramBotApi _api;
    private readonly IKnowledgeAdmin _knowledge;
    private readonly ReplySender _replies;
    private readonly TypingIndicator _typing;
    private readonly BotOptions _bot;
    private readonly long _maxBytes;
    private readonly ILogger _logger;

    public DocumentUploadHandler(ITelegramBotApi api, IKnowledgeAdmin knowledge, ReplySender replies, TypingIndicator typing,
        IOptions<BotOptions> bot, IOptions<TelegramOptions> telegram, IOptions<IngestionOptions> ingestion, ILogger<DocumentUploadHandler> logger)
    {
        _api = api;
        _knowledge = knowledge;
        _replies = replies;
        _typing = typing;
        _bot = bot.Value;
        _logger = logger;

        // Both limits apply before any download: Telegram's (20 MB on the cloud Bot API) and the ingestion limit.
        _maxBytes = Math.Min(ingestion.Value.MaxFileBytes, telegram.Value.MaxDownloadBytes);
    }

    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var document = message.Document ?? throw new ArgumentException("The message has no document.", nameof(message));
        var chatId = message.Chat.Id;
        var userId = message.From?.Id;
        var fileName = string.IsNullOrWhiteSpace(document.FileName) ? document.FileUniqueId : document.FileName;
        if (!_bot.IsAdmin(userId))
        {
            LogRefused(userId, chatId);
            await ReplyAsync(message, BotTexts.UploadNotAdmin, cancellationToken);
            return;
        }

        if (document.FileSize > _maxBytes)
        {
            await ReplyAsync(message, BotTexts.UploadTooLarge(fileName, document.FileSize, _maxBytes), cancellationToken);
            return;
        }

        string reply;
        try
        {
            reply = await _typing.WhileAsync(chatId, "upload_document", token => IngestAsync(document, fileName, userId!.Value, token), cancellationToken);
        }
        // A storage failure is not this update's fault: it goes up, so the bot pauses instead of replying with an error.
        catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !StorageFailure.Is(ex))
        {
            LogUploadFailed(ex, fileName, chatId);
            reply = BotTexts.UploadError(fileName);
        }

        await ReplyAsync(message, reply, cancellationToken);
    }

    private async Task<string> IngestAsync(Document document, string fileName, long userId, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            var file = await _api.GetFileAsync(document.FileId, cancellationToken);
            if (file.FileSize > _maxBytes || string.IsNullOrEmpty(file.FilePath))
            {
                return BotTexts.UploadTooLarge(fileName, file.FileSize ?? document.FileSize, _maxBytes);
            }

            content = await _api.DownloadFileAsync(file.FilePath, _maxBytes, cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.ErrorCode == 413 || (ex.ErrorCode == 400 && ex.Description.Contains("too big", StringComparison.OrdinalIgnoreCase)))
        {
            return BotTexts.UploadTooLarge(fileName, document.FileSize, _maxBytes);
        }

        IngestResult result;
        try
        {
            result = await _knowledge.IngestAsync(content, fileName, $"telegram:{userId}", cancellationToken);
        }
        catch (DocumentFormatException ex)
        {
            LogRejected(fileName, ex.Message);
            return BotTexts.UploadFailed(fileName, ex.Message);
        }

        LogIngested(fileName, result.Status, result.DocumentId, result.Passages, userId);
        var title = string.IsNullOrWhiteSpace(result.Title) ? fileName : result.Title;
        return result.Status switch
        {
            IngestStatus.Added => BotTexts.UploadAdded(fileName, title, result.Passages),
            IngestStatus.Updated => BotTexts.UploadUpdated(fileName, title, result.Passages),
            IngestStatus.Unchanged => BotTexts.UploadUnchanged(fileName, title),
            _ => BotTexts.UploadFailed(fileName, result.Reason ?? "tệp không đọc được."),
        };
    }

    private Task ReplyAsync(Message message, string html, CancellationToken cancellationToken) =>
        _replies.SendHtmlAsync(message.Chat.Id, html, message.MessageId, null, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a document from non-admin user {UserId} in chat {ChatId}")]
    private partial void LogRefused(long? userId, long chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {FileName}: {Status}, document {DocumentId}, {Passages} passages (admin {UserId})")]
    private partial void LogIngested(string fileName, IngestStatus status, long? documentId, int passages, long userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {FileName} was rejected: {Reason}")]
    private partial void LogRejected(string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling the document {FileName} in chat {ChatId} failed")]
    private partial void LogUploadFailed(Exception exception, string fileName, long chatId);
}
