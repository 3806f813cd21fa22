using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Reading;

/// <summary>An indexed document's title and opening, folded once for all list entries to test.</summary>
internal sealed class IndexedDocumentText
{
    // The title of an official document comes within the first words of its opening, after the header lines.
    private const int HeadRuns = 60;
    private const int HeadChars = 600;

    // "Số: 25-NQ/TW", "Luật số: 10/2022/QH15": what follows the colon, folded. One pass over the opening, so each
    // list entry tests a few short snippets instead of scanning the whole opening with its own pattern.
    private static readonly Regex NumberLine = new(@"(?<![a-z0-9])so\s*:\s*(?<number>[^\n]{1,40})",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private readonly string _foldedOpening;
    private IReadOnlyList<string>? _numberLines;
    private string? _openingHead;

    /// <param name="title">The stored title (normalized at ingestion).</param>
    /// <param name="opening">The start of the stored text (normalized at ingestion).</param>
    public IndexedDocumentText(string? title, string? opening)
    {
        // Folding is the cost here (it checks NFC through ICU): each text is folded once, for every entry.
        FoldedTitle = VietnameseText.Fold(title);
        TitlePhrase = FoldedPhrase.OfFolded(FoldedTitle);
        _foldedOpening = VietnameseText.Fold(opening);
    }

    /// <summary>The title through <see cref="VietnameseText.Fold"/>.</summary>
    public string FoldedTitle { get; }

    /// <summary>The title through <see cref="FoldedPhrase.Of"/>.</summary>
    public string TitlePhrase { get; }

    /// <summary>What follows each "Số:" in the opening (the number line of an official document's header), folded.</summary>
    public IReadOnlyList<string> NumberLines => _numberLines ??= _foldedOpening.Contains(':', StringComparison.Ordinal)
        ? NumberLine.Matches(_foldedOpening).Select(m => m.Groups["number"].Value).ToList()
        : [];

    /// <summary>The first words of the opening as a <see cref="FoldedPhrase"/>.</summary>
    public string OpeningHead => _openingHead ??=
        " " + string.Join(' ', FoldedPhrase.OfFolded(_foldedOpening.AsSpan(0, Math.Min(HeadChars, _foldedOpening.Length)))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(HeadRuns)) + " ";
}
