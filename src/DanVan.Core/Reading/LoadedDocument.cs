namespace DanVan.Core.Reading;

/// <summary>An indexed document, as far as coverage needs it.</summary>
public sealed record LoadedDocument(long Id, string Title, string? Path);
