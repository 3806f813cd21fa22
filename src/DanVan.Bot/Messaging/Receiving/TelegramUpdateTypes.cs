using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Receiving;

/// <summary>
/// The update types the bot asks for. Passed explicitly to getUpdates and setWebhook because Telegram remembers the last
/// list it was given.
/// </summary>
internal static class TelegramUpdateTypes
{
    public static UpdateType[] Allowed { get; } = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
}
