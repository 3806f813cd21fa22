namespace DanVan.Bot.Telegram.Api;

/// <summary>
/// The Bot API methods the bot uses. The one seam to swap in the Telegram.Bot package later.
/// Every failure surfaces as <see cref="TelegramApiException"/>.
/// </summary>
public interface ITelegramBotApi
{
    Task<User> GetMeAsync(CancellationToken cancellationToken = default);

    /// <summary>Long-polls for updates. <paramref name="timeoutSeconds"/> is Telegram's long-poll timeout.</summary>
    Task<IReadOnlyList<Update>> GetUpdatesAsync(long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken = default);

    Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default);

    Task SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken = default);

    Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, BotCommandScope? scope = null, CancellationToken cancellationToken = default);

    Task DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default);

    Task SetWebhookAsync(string url, string? secretToken, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken = default);

    Task<TelegramFile> GetFileAsync(string fileId, CancellationToken cancellationToken = default);

    /// <summary>Downloads <c>{base}/file/bot{token}/{filePath}</c>, refusing more than <paramref name="maxBytes"/>.</summary>
    Task<byte[]> DownloadFileAsync(string filePath, long maxBytes, CancellationToken cancellationToken = default);

    Task<ChatMember> GetChatMemberAsync(long chatId, long userId, CancellationToken cancellationToken = default);

    Task AnswerCallbackQueryAsync(string callbackQueryId, string? text = null, CancellationToken cancellationToken = default);

    Task<Message> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default);
}
