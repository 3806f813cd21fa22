using DanVan.Bot.Telegram.Api;
using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Courses;

/// <summary>
/// Sends each bot admin (Bot:AdminUserIds; a private chat's id is the user's id) one message per new suggestion with
/// Xác nhận / Bỏ qua buttons. Without a Telegram token (CLI ingestion) it does nothing: the suggestions are stored
/// and listed by `courses suggestions`.
/// </summary>
internal sealed partial class TelegramSuggestionNotifier(
    IConfiguration configuration,
    IServiceProvider services,
    ILogger<TelegramSuggestionNotifier> logger) : ICourseSuggestionNotifier
{
    /// <summary>A document announcing more courses than this gets a pointer to the CLI for the rest, not a flood of messages.</summary>
    internal const int MaxMessagesPerDocument = 10;

    public async Task NotifyAsync(IngestedDocument document, IReadOnlyList<CourseSuggestion> suggestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var admins = configuration.GetSection("Bot:AdminUserIds").Get<long[]>() ?? [];
        if (string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"]) || admins.Length == 0)
        {
            LogNotConfigured(suggestions.Count);
            return;
        }

        // Resolved only now: CLI runs register no Telegram client, and they never reach this line without a token.
        var botApi = services.GetService<ITelegramBotApi>();
        if (botApi is null)
        {
            LogNotConfigured(suggestions.Count);
            return;
        }

        foreach (var admin in admins)
        {
            try
            {
                foreach (var suggestion in suggestions.Take(MaxMessagesPerDocument))
                {
                    await botApi.SendMessageAsync(new SendMessageRequest(admin, SuggestionMessage.Question(suggestion),
                        LinkPreviewOptions: new LinkPreviewOptions(), ReplyMarkup: SuggestionMessage.Keyboard(suggestion.Id)), cancellationToken);
                }

                if (suggestions.Count > MaxMessagesPerDocument)
                {
                    await botApi.SendMessageAsync(new SendMessageRequest(admin,
                        $"… và {suggestions.Count - MaxMessagesPerDocument} gợi ý khác từ cùng tài liệu. " +
                        "Xem tất cả bằng lệnh <code>courses suggestions</code> trên máy chủ."), cancellationToken);
                }
            }
            catch (TelegramApiException ex)
            {
                // 403: the admin never opened a private chat with the bot. Other admins are still told.
                LogAdminUnreachable(ex, admin);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} course suggestion(s) stored; Telegram or Bot:AdminUserIds not configured, so no admin was messaged")]
    private partial void LogNotConfigured(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not message admin {AdminId} about course suggestions")]
    private partial void LogAdminUnreachable(Exception exception, long adminId);
}
