using DanVan.Bot.Telegram.Api;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Telegram.Replies;

/// <summary>
/// Sends HTML to a chat the way every reply should go: split to Telegram's limit, replying to the question, link previews
/// off. A 400 "can't parse entities" resends the same chunk as plain text; a 400 with migrate_to_chat_id tells the
/// migration listeners and sends to the new supergroup; a 403 (bot removed or blocked) is logged and the reply dropped.
/// </summary>
internal sealed partial class ReplySender
{
    private static readonly LinkPreviewOptions NoPreview = new(IsDisabled: true);

    private readonly ITelegramBotApi _api;
    private readonly ChatMigrationNotifier _migrations;
    private readonly ILogger _logger;

    public ReplySender(ITelegramBotApi api, ChatMigrationNotifier migrations, ILogger<ReplySender> logger)
    {
        _api = api;
        _migrations = migrations;
        _logger = logger;
    }

    /// <summary>Sends <paramref name="html"/>; returns the messages sent (empty when the chat is unreachable).</summary>
    public async Task<IReadOnlyList<Message>> SendHtmlAsync(long chatId, string html, long? replyToMessageId, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        var chunks = HtmlMessageSplitter.Split(html);
        var sent = new List<Message>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            var request = new SendMessageRequest(
                chatId,
                chunks[i],
                ParseMode: "HTML",
                ReplyParameters: replyToMessageId is { } id ? new ReplyParameters(id) : null,
                LinkPreviewOptions: NoPreview,
                ReplyMarkup: i == chunks.Count - 1 ? markup : null);
            var message = await SendChunkAsync(request, cancellationToken);
            if (message is null)
            {
                break;
            }

            if (message.Chat.Id != chatId)
            {
                // The group became a supergroup; its old message ids mean nothing there.
                chatId = message.Chat.Id;
                replyToMessageId = null;
            }

            sent.Add(message);
        }

        return sent;
    }

    private async Task<Message?> SendChunkAsync(SendMessageRequest request, CancellationToken cancellationToken, bool migrated = false)
    {
        try
        {
            return await _api.SendMessageAsync(request, cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.ErrorCode == 400 && ex.MigrateToChatId is { } newChatId && !migrated)
        {
            await _migrations.NotifyAsync(request.ChatId, newChatId, cancellationToken);
            return await SendChunkAsync(request with { ChatId = newChatId, ReplyParameters = null }, cancellationToken, migrated: true);
        }
        catch (TelegramApiException ex) when (ex.ErrorCode == 400 && request.ParseMode is not null
                                               && ex.Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase))
        {
            LogParseFailed(request.ChatId, ex.Description);
            return await SendChunkAsync(request with { Text = TelegramHtml.ToPlainText(request.Text), ParseMode = null }, cancellationToken, migrated);
        }
        catch (TelegramApiException ex) when (ex.ErrorCode == 403)
        {
            LogForbidden(request.ChatId, ex.Description);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram could not parse the HTML sent to chat {ChatId} ({Description}); sending it as plain text")]
    private partial void LogParseFailed(long chatId, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot send to chat {ChatId}: {Description} (the bot was removed or blocked); reply dropped")]
    private partial void LogForbidden(long chatId, string description);
}
