namespace DanVan.Bot.Messaging.Delivery;

/// <summary>How an outbox entry ended (its status column); pending entries have none yet.</summary>
internal enum OutboxStatus
{
    /// <summary>Telegram accepted it; the message id is stored.</summary>
    Sent,

    /// <summary>The chat blocked or removed the bot, or no longer exists.</summary>
    Dropped,

    /// <summary>Telegram stayed unreachable for longer than Bot:ReplyMaxAgeHours.</summary>
    Expired,

    /// <summary>Telegram refused it for good (a 400 that no retry changes).</summary>
    Failed,
}
