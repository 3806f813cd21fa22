namespace DanVan.Bot.Messaging.Delivery;

/// <summary>A stored <see cref="OutboxMessage"/>: its row id (the order within its chat), age and failed attempts so far.</summary>
internal sealed record OutboxEntry(long Id, OutboxMessage Message, DateTimeOffset CreatedAt, int Attempts);
