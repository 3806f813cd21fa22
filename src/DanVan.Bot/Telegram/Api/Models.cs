using System.Text.Json.Serialization;

namespace DanVan.Bot.Telegram.Api;

// Bot API types, only the fields the bot uses. Serialized with snake_case naming (see TelegramJson).
#pragma warning disable CA1034, CA1720

public sealed record User(long Id, bool IsBot, string FirstName, string? LastName = null, string? Username = null, string? LanguageCode = null);

public sealed record Chat(long Id, string Type, string? Title = null, string? Username = null, string? FirstName = null);

public sealed record MessageEntity(string Type, int Offset, int Length, string? Url = null, User? User = null);

public sealed record Document(string FileId, string FileUniqueId, string? FileName = null, string? MimeType = null, long? FileSize = null);

public sealed record Message(
    long MessageId,
    Chat Chat,
    long Date,
    User? From = null,
    string? Text = null,
    IReadOnlyList<MessageEntity>? Entities = null,
    string? Caption = null,
    IReadOnlyList<MessageEntity>? CaptionEntities = null,
    Document? Document = null,
    Message? ReplyToMessage = null,
    long? MigrateToChatId = null,
    long? MigrateFromChatId = null);

public sealed record CallbackQuery(string Id, User From, Message? Message = null, string? Data = null);

public sealed record Update(
    long UpdateId,
    Message? Message = null,
    Message? EditedMessage = null,
    CallbackQuery? CallbackQuery = null,
    [property: JsonPropertyName("my_chat_member")] ChatMemberUpdated? MyChatMember = null);

public sealed record ChatMemberUpdated(Chat Chat, User From, ChatMember NewChatMember, ChatMember? OldChatMember = null);

public sealed record ChatMember(string Status, User User);

public sealed record TelegramFile(string FileId, string FileUniqueId, long? FileSize = null, string? FilePath = null);

public sealed record BotCommand(string Command, string Description);

/// <summary>Scope for setMyCommands, e.g. {"type":"default"} or {"type":"chat","chat_id":123}.</summary>
public sealed record BotCommandScope(string Type, long? ChatId = null);

public sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);

public sealed record LinkPreviewOptions(bool IsDisabled = true);

public sealed record InlineKeyboardButton(string Text, string CallbackData);

public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

public sealed record SendMessageRequest(
    long ChatId,
    string Text,
    string? ParseMode = "HTML",
    ReplyParameters? ReplyParameters = null,
    LinkPreviewOptions? LinkPreviewOptions = null,
    InlineKeyboardMarkup? ReplyMarkup = null);

public sealed record EditMessageTextRequest(
    long ChatId,
    long MessageId,
    string Text,
    string? ParseMode = "HTML",
    InlineKeyboardMarkup? ReplyMarkup = null);

/// <summary>The envelope of every Bot API response.</summary>
public sealed record ApiResponse<T>(bool Ok, T? Result = default, int? ErrorCode = null, string? Description = null, ResponseParameters? Parameters = null);

/// <summary>Extra error details: seconds to wait after a 429, or the supergroup a group migrated to.</summary>
public sealed record ResponseParameters(int? RetryAfter = null, long? MigrateToChatId = null);

#pragma warning restore CA1034, CA1720
