using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Replies;
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

        // Resolved only now: CLI runs register no Telegram services, and they never reach this line without a token.
        var replies = services.GetService<ReplySender>();
        if (replies is null)
        {
            LogNotConfigured(suggestions.Count);
            return;
        }

        // Through the outbox (with the upload's replies when an admin's upload found them): delivered when Telegram is
        // back, and sent once even if the upload is handled again. An admin who never opened a private chat with the
        // bot (403) is skipped by the outbox; the others are still told.
        foreach (var admin in admins)
        {
            foreach (var suggestion in suggestions.Take(MaxMessagesPerDocument))
            {
                // The suggestion is Telegram HTML (bold title, escaped document text).
                await replies.QueueAsync(new OutboxMessage(admin, SuggestionMessage.Question(suggestion), "HTML", null,
                    SuggestionMessage.Keyboard(suggestion.Id), null), cancellationToken);
            }

            if (suggestions.Count > MaxMessagesPerDocument)
            {
                await replies.QueueAsync(new OutboxMessage(admin,
                    $"… và {suggestions.Count - MaxMessagesPerDocument} gợi ý khác từ cùng tài liệu. " +
                    "Xem tất cả bằng lệnh courses suggestions trên máy chủ.", null, null, null, null), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} course suggestion(s) stored; Telegram or Bot:AdminUserIds not configured, so no admin was messaged")]
    private partial void LogNotConfigured(int count);
}
