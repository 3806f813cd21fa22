namespace DanVan.Core.Reading;

/// <summary>Which recommended documents are in the index, grouped by topic in list order.</summary>
/// <param name="Topics">Each topic with its entries; an entry under several topics appears under each.</param>
/// <param name="Problems">What is wrong with the admin file, for the admin to fix.</param>
/// <param name="AdminPath">The admin file's configured path.</param>
public sealed record CoverageReport(
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<CoverageEntry>>> Topics,
    IReadOnlyList<string> Problems,
    string AdminPath)
{
    /// <summary>Every entry once.</summary>
    public IReadOnlyList<CoverageEntry> Entries { get; } =
        Topics.SelectMany(t => t.Value).DistinctBy(e => e.Document.Id).ToList();

    /// <summary>How many recommended documents are loaded.</summary>
    public int LoadedCount => Entries.Count(e => e.IsLoaded);
}
