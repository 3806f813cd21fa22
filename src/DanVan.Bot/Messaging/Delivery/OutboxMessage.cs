using Telegram.Bot.Types.ReplyMarkups;

namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// One Telegram message waiting in the outbox; <paramref name="ParseMode"/> is "HTML" or null (plain text), as stored. <paramref name="FollowUpQuestion"/>, when set, is remembered with the
/// sent message's id (in the same transaction that records the send) so a reply to it is a follow-up.
/// </summary>
internal sealed record OutboxMessage(
    long ChatId,
    string Text,
    string? ParseMode,
    long? ReplyToMessageId,
    InlineKeyboardMarkup? Markup,
    string? FollowUpQuestion);
