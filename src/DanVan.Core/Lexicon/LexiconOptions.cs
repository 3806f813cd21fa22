namespace DanVan.Core.Lexicon;

/// <summary>Where a province keeps its own question terms (added to the shipped lexicon).</summary>
public sealed class LexiconOptions
{
    public const string SectionName = "Lexicon";

    /// <summary>
    /// The local lexicon file (JSON of the shipped <c>lexicon.json</c>'s shape). Empty: <c>lexicon.local.json</c>
    /// beside the knowledge folder. A missing file is fine; an invalid one stops the start with its path.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>The file to read, given the knowledge folder.</summary>
    public string Resolve(string knowledgePath) =>
        string.IsNullOrWhiteSpace(Path)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(knowledgePath)) ?? ".", "lexicon.local.json")
            : Path;
}
