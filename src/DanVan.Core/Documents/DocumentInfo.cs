namespace DanVan.Core.Documents;

/// <summary>A stored document as listed to admins.</summary>
public sealed record DocumentInfo(
    long Id,
    string Title,
    string SourceKey,
    string? Path,
    string? Source,
    DateOnly? Published,
    string? Province,
    int Passages,
    DateTimeOffset AddedAt,
    string Origin);
