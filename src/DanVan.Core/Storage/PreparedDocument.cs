using DanVan.Core.Documents;
using DanVan.Core.Text;

namespace DanVan.Core.Storage;

/// <summary>
/// A document ready to be written by <see cref="KnowledgeStore.Write"/>: its rows and their full-text index text,
/// prepared when it is created (any thread) so the write transaction only writes.
/// </summary>
public sealed record PreparedDocument(
    string SourceKey,
    string? Path,
    string Origin,
    string ContentHash,
    DocumentMetadata Metadata,
    IReadOnlyList<Chunk> Chunks)
{
    internal string TitleTerms { get; } = IndexText.Terms(Metadata.Title);

    internal string MetaTerms { get; } = IndexText.Terms(KnowledgeStore.MetaSource(Metadata));

    internal IReadOnlyList<(string Section, string Body)> ChunkTerms { get; } =
        Chunks.Select(c => (IndexText.Terms(c.Section), IndexText.Terms(c.Text))).ToList();

    internal IReadOnlyDictionary<SyllableSpelling, int> SyllableForms { get; } = Storage.SyllableForms.Of(Metadata, Chunks);
}
