namespace DanVan.Core.Questions;

/// <summary>A document and the number of questions whose answers cited it.</summary>
public sealed record CitedDocument(long DocumentId, string Title, int Questions);
