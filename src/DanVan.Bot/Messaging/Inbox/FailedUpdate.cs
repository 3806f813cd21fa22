namespace DanVan.Bot.Messaging.Inbox;

/// <summary>An update set aside after failing (the dead letters listed by <c>updates failed</c>); no message text.</summary>
internal sealed record FailedUpdate(long UpdateId, DateTimeOffset ReceivedAt, DateTimeOffset FailedAt, int Attempts, string Error, long? ChatId, int PayloadLength);
