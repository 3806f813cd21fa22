using DanVan.Core.Text;

namespace DanVan.Core.Reading;

/// <summary>Finds the list entries a question names, and the entry an indexed document is.</summary>
public sealed class ReadingListMatcher
{
    private readonly EntryPattern[] _patterns;

    public ReadingListMatcher(ReadingList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        List = list;
        _patterns = list.Documents.Select(d => new EntryPattern(d)).ToArray();
    }

    /// <summary>The list this matcher was built from.</summary>
    public ReadingList List { get; }

    /// <summary>The entries a question names or clearly concerns, in list order.</summary>
    public IReadOnlyList<RecommendedDocument> MentionedIn(string question)
    {
        var normalized = VietnameseText.Normalize(question);
        var folded = VietnameseText.Fold(normalized);
        var phrase = FoldedPhrase.Of(normalized);
        return _patterns.Where(p => p.IsMentionedIn(folded, phrase)).Select(p => p.Document).ToList();
    }

    /// <summary>The entries an indexed document is (usually none or one).</summary>
    /// <param name="title">The document's title.</param>
    /// <param name="opening">The start of its text (its first passages).</param>
    public IReadOnlyList<RecommendedDocument> EntriesFor(string title, string opening)
    {
        var text = new IndexedDocumentText(title, opening);
        return _patterns.Where(p => p.IsDocument(text)).Select(p => p.Document).ToList();
    }
}
