namespace DanVan.Core.Courses;

/// <summary>A chat that receives the daily digest, who subscribed it and when (the first digest is for the next scheduled time after that).</summary>
public sealed record Subscription(long ChatId, string? ChatTitle, long? SubscribedBy, DateTimeOffset SubscribedAt);
