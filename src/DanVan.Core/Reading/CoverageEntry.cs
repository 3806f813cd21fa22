namespace DanVan.Core.Reading;

/// <summary>One recommended document and the indexed documents found to be it (none when it is missing).</summary>
public sealed record CoverageEntry(RecommendedDocument Document, IReadOnlyList<LoadedDocument> LoadedAs)
{
    /// <summary>At least one indexed document is this recommended document.</summary>
    public bool IsLoaded => LoadedAs.Count > 0;
}
