namespace DanVan.Core.Retrieval;

/// <summary>A passage found for a question, with its document's metadata and the ranking score (higher is better).</summary>
public sealed record RetrievedPassage(
    long PassageId,
    long DocumentId,
    int Ordinal,
    string Title,
    string? Section,
    string Text,
    string? Path,
    string? Publisher,
    DateOnly? Published,
    string? Province,
    double Score);
