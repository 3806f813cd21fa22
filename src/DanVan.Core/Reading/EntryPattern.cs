using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Core.Text;

namespace DanVan.Core.Reading;

/// <summary>How one list entry is recognised: in a question (by number, "NQ 25"/"nghị quyết 25", title or alias) and as
/// an indexed document (by number or title in its title, or by the "Số: …" line of an official document's header).</summary>
internal sealed class EntryPattern
{
    // Phrases shorter than this (in runs) are too common to stand for one document on their own ("Luật dân chủ" is not
    // enough; "Luật dân chủ cơ sở" is).
    private const int MinPhraseRuns = 4;
    private const int MinBareTitleRuns = 12;

    private readonly DocumentNumber? _number;
    private readonly Regex? _numberRegex;
    private readonly Regex? _shortRegex;
    private readonly string _title;
    private readonly string[] _questionPhrases;

    public EntryPattern(RecommendedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        _number = DocumentNumber.Parse(document.Number);
        if (_number is not null)
        {
            _numberRegex = _number.ToRegex();
            var kind = Regex.Escape(VietnameseText.Fold(document.Kind).Trim());
            var lead = Regex.Escape(_number.LeadingCode);
            var who = kind.Length > 0 ? $"(?:{lead}|{kind.Replace(@"\ ", @"\s+", StringComparison.Ordinal)})" : lead;
            // "NQ 25", "nghị quyết số 25" — but not "luật số 10/2021/…", which is a full number (of another year here).
            _shortRegex = new Regex($@"(?<![a-z0-9]){who}\s*(?:so\s*)?0*{_number.Serial.ToString(CultureInfo.InvariantCulture)}(?![0-9])(?!\s*[./\-]\s*[0-9a-z])",
                RegexOptions.CultureInvariant);
        }

        _title = FoldedPhrase.Of(document.Title);
        var withoutKind = document.Kind.Length > 0 && _title.StartsWith(FoldedPhrase.Of(document.Kind), StringComparison.Ordinal)
            ? " " + _title[FoldedPhrase.Of(document.Kind).Length..]
            : _title;
        withoutKind = withoutKind.StartsWith(" ve ", StringComparison.Ordinal) ? withoutKind[3..] : withoutKind;
        _questionPhrases = new[] { _title }
            .Concat(document.Aliases.Select(FoldedPhrase.Of))
            .Where(p => Runs(p) >= MinPhraseRuns)
            // Without its kind, only a long title still names the document: "tăng cường và đổi mới sự lãnh đạo của Đảng
            // đối với công tác dân vận trong tình hình mới" does, "thực hiện dân chủ ở cơ sở" is a subject of its own.
            .Concat(Runs(withoutKind) >= MinBareTitleRuns ? [withoutKind] : [])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    public RecommendedDocument Document { get; }

    /// <summary>The question names this document or clearly concerns it.</summary>
    /// <param name="folded">The question through <see cref="VietnameseText.Fold"/>.</param>
    /// <param name="phrase">The question through <see cref="FoldedPhrase.Of"/>.</param>
    public bool IsMentionedIn(string folded, string phrase) =>
        HasNumber(_numberRegex, folded)
        || (_shortRegex?.IsMatch(folded) ?? false)
        || _questionPhrases.Any(p => phrase.Contains(p, StringComparison.Ordinal));

    /// <summary>
    /// An indexed document is this one: its title carries the number or starts with the title, or its opening has the
    /// number on a "Số:" line (the header of official documents) — or, for documents without a number, opens with the title.
    /// A news report that only cites the number in its text is not the document.
    /// </summary>
    public bool IsDocument(IndexedDocumentText document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (HasNumber(_numberRegex, document.FoldedTitle) || document.TitlePhrase.StartsWith(_title, StringComparison.Ordinal))
        {
            return true;
        }

        return _numberRegex is not null
            ? document.NumberLines.Any(line => _numberRegex.Match(line) is { Success: true, Index: 0 } match && _number!.YearFits(match))
            : document.OpeningHead.Contains(_title, StringComparison.Ordinal);
    }

    private static int Runs(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private bool HasNumber(Regex? regex, string folded)
    {
        if (regex is null)
        {
            return false;
        }

        for (var match = regex.Match(folded); match.Success; match = match.NextMatch())
        {
            if (_number!.YearFits(match))
            {
                return true;
            }
        }

        return false;
    }
}
