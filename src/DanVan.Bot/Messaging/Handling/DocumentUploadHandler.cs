using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Observability;
using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Handling;

/// <summary>
/// A document sent to the bot. Admins' files are downloaded (getFile, then the file URL) and ingested through the same
/// pipeline as the CLI (on a self-hosted Bot API server in --local mode, getFile's path on its disk is read directly); the reply names the file and the number of passages indexed. Non-admins get a polite refusal and
/// nothing is downloaded. Files over Telegram:MaxDownloadBytes (20 MB on the cloud Bot API) or Ingestion:MaxFileBytes
/// are refused before downloading; a corrupt file gets the reader's reason and leaves the index as it was.
/// </summary>
internal sealed partial class DocumentUploadHandler
{
    private readonly ITelegramBotClient _client;
    private readonly IKnowledgeAdmin _knowledge;
    private readonly ReplySender _replies;
    private readonly TypingIndicator _typing;
    private readonly BotOptions _bot;
    private readonly long _maxBytes;
    private readonly BotMetrics _metrics;
    private readonly ILogger _logger;

    public DocumentUploadHandler(ITelegramBotClient client, IKnowledgeAdmin knowledge, ReplySender replies, TypingIndicator typing,
        IOptions<BotOptions> bot, IOptions<TelegramOptions> telegram, IOptions<IngestionOptions> ingestion, BotMetrics metrics, ILogger<DocumentUploadHandler> logger)
    {
        _client = client;
        _knowledge = knowledge;
        _replies = replies;
        _typing = typing;
        _bot = bot.Value;
        _metrics = metrics;
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
            _metrics.Upload("too_large", 0);
            await ReplyAsync(message, BotTexts.UploadTooLarge(fileName, document.FileSize, _maxBytes), cancellationToken);
            return;
        }

        string reply;
        try
        {
            reply = await _typing.WhileAsync(chatId, ChatAction.UploadDocument, token => IngestAsync(document, fileName, userId!.Value, token), cancellationToken);
        }
        // A storage failure is not this update's fault: it goes up, so the bot pauses instead of replying with an error.
        catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !StorageFailure.Is(ex))
        {
            LogUploadFailed(ex, fileName, chatId);
            _metrics.Upload("failed", 0);
            reply = BotTexts.UploadError(fileName);
        }

        await ReplyAsync(message, reply, cancellationToken);
    }

    private async Task<string> IngestAsync(Document document, string fileName, long userId, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            var file = await _client.GetFile(document.FileId, cancellationToken);
            if (file.FileSize > _maxBytes || string.IsNullOrEmpty(file.FilePath))
            {
                _metrics.Upload("too_large", 0);
                return BotTexts.UploadTooLarge(fileName, file.FileSize ?? document.FileSize, _maxBytes);
            }

            await using var buffer = new BoundedBuffer(_maxBytes);
            await _client.DownloadFile(file.FilePath, buffer, cancellationToken);
            content = buffer.ToArray();
        }
        catch (Exception ex) when (ex is DownloadTooLargeException
                                   || (ex is ApiRequestException { ErrorCode: 400 } api && api.Message.Contains("too big", StringComparison.OrdinalIgnoreCase)))
        {
            _metrics.Upload("too_large", 0);
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
            _metrics.Upload("rejected", 0);
            return BotTexts.UploadFailed(fileName, ex.Message);
        }

        LogIngested(fileName, result.Status, result.DocumentId, result.Passages, userId);
        _metrics.Upload(result.Status.ToString().ToLowerInvariant(), result.Status is IngestStatus.Added or IngestStatus.Updated ? result.Passages : 0);
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
        _replies.SendHtmlAsync(message.Chat.Id, html, message.Id, null, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a document from non-admin user {UserId} in chat {ChatId}")]
    private partial void LogRefused(long? userId, long chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {FileName}: {Status}, document {DocumentId}, {Passages} passages (admin {UserId})")]
    private partial void LogIngested(string fileName, IngestStatus status, long? documentId, int passages, long userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {FileName} was rejected: {Reason}")]
    private partial void LogRejected(string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling the document {FileName} in chat {ChatId} failed")]
    private partial void LogUploadFailed(Exception exception, string fileName, long chatId);
}
