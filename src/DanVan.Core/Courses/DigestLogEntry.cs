namespace DanVan.Core.Courses;

/// <summary>One row of the digest log: a chat's digest for one local day.</summary>
public sealed record DigestLogEntry(long ChatId, DateOnly LocalDate, DigestSendStatus Status, long? MessageId, string? Detail, DateTimeOffset RecordedAt);
