namespace DanVan.Core.Documents;

/// <summary>What is known about a document: shown in citations and searchable with its passages.</summary>
public sealed record DocumentMetadata(string Title, string? Source, DateOnly? Published, string? Province);
