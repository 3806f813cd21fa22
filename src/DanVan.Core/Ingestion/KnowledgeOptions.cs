namespace DanVan.Core.Ingestion;

/// <summary>The folder of bundled knowledge files synced into the index at start.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Folder of documents (Markdown, text, HTML, Word, PDF), searched recursively. Relative to the working directory.</summary>
    public string Path { get; set; } = "knowledge";
}
