namespace DanVan.Core.Documents;

/// <summary>One passage of a document: its position, the section path it sits in ("Chương I › Điều 5") and its text.</summary>
public sealed record Chunk(int Ordinal, string? Section, string Text);
