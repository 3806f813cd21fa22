namespace DanVan.Testing.BotApi;

/// <summary>
/// A message the bot sent (or edited) through the fake server: the raw <see cref="Text"/> as sent, the
/// <see cref="PlainText"/> a user would see after Telegram parsed the HTML, and the reply and preview settings.
/// </summary>
public sealed record SentMessage(
    long ChatId,
    long MessageId,
    string Text,
    string PlainText,
    string? ParseMode,
    long? ReplyToMessageId,
    bool LinkPreviewDisabled,
    string? ReplyMarkupJson);
