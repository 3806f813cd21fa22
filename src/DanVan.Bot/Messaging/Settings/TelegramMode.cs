namespace DanVan.Bot.Messaging.Settings;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>getUpdates long polling; needs no public address.</summary>
    Polling,

    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>.</summary>
    Webhook,
}
