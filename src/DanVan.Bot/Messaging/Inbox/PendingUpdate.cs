namespace DanVan.Bot.Messaging.Inbox;

/// <summary>A received update waiting to be handled: its raw JSON, failed attempts so far and when it may be tried again.</summary>
internal sealed record PendingUpdate(long UpdateId, string Payload, int Attempts, DateTimeOffset? NextAttemptAt);
