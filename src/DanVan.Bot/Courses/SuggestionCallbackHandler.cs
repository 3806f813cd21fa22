using DanVan.Bot.Messaging;
using DanVan.Core.Courses;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Courses;

/// <summary>The Xác nhận / Bỏ qua buttons under a course suggestion (callback data "sg:a:ID" / "sg:d:ID"); bot admins only.</summary>
internal sealed partial class SuggestionCallbackHandler(
    CourseSuggestionStore suggestions,
    ITelegramBotClient bot,
    ILogger<SuggestionCallbackHandler> logger) : ICallbackHandler
{
    public string Prefix => SuggestionMessage.Prefix;

    public async Task HandleAsync(CallbackQuery query, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!SuggestionMessage.TryParse(query.Data, out var action, out var id))
        {
            await bot.AnswerCallbackQuery(query.Id, "Nút này không còn dùng được.", cancellationToken: cancellationToken);
            return;
        }

        if (!isAdmin)
        {
            await bot.AnswerCallbackQuery(query.Id, "Chỉ quản trị viên của bot mới xác nhận hay bỏ qua gợi ý được.", cancellationToken: cancellationToken);
            return;
        }

        var decidedBy = $"telegram:{query.From.Id}";
        var decision = action == SuggestionMessage.AcceptAction
            ? await suggestions.AcceptAsync(id, decidedBy, cancellationToken)
            : await suggestions.DismissAsync(id, decidedBy, cancellationToken);
        LogDecision(id, action, decision.Outcome, query.From.Id);

        var answer = decision switch
        {
            { Outcome: SuggestionOutcome.NotFound } => $"Không tìm thấy gợi ý #{id}.",
            { Outcome: SuggestionOutcome.AlreadyDecided } => "Gợi ý này đã được xử lý trước đó.",
            { Course: { } course } => $"Đã đưa vào lịch: lớp học #{course.Id}.",
            _ => "Đã bỏ qua gợi ý.",
        };
        await bot.AnswerCallbackQuery(query.Id, answer, cancellationToken: cancellationToken);

        if (query.Message is { } message && decision.Suggestion is { } suggestion)
        {
            try
            {
                await bot.EditMessageText(message.Chat.Id, message.Id, SuggestionMessage.Decided(suggestion, decision.Course), ParseMode.Html,
                    cancellationToken: cancellationToken);
            }
            catch (RequestException ex)
            {
                // The decision is stored; a stale message (too old to edit, or unchanged) only keeps its buttons.
                LogEditFailed(ex, id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Suggestion {SuggestionId}: action {Action} by user {UserId} → {Outcome}")]
    private partial void LogDecision(long suggestionId, string action, SuggestionOutcome outcome, long userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the message of suggestion {SuggestionId}")]
    private partial void LogEditFailed(Exception exception, long suggestionId);
}
