namespace DanVan.Testing.BotApi;

/// <summary>What a User* helper enqueued: the update id, and the message id and chat id to reply to or assert against.</summary>
public sealed record EnqueuedMessage(long UpdateId, long MessageId, long ChatId);
