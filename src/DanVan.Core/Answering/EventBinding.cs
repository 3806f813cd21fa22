using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// What a time or a document's code the question names is attached to in the evidence. A question naming a year, a date
/// or a code asks of the course, event or document dated or numbered so; a passage writing the same year in another
/// role does not date what the question asks of:
/// - a span of years ("giai đoạn 2021 – 2022") is a period, not the year of a course held in 2023 (unless the question
///   names both its ends: "giai doan 2021 2022");
/// - a document a clause only cites or replaces ("… và thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018", "Căn cứ Nghị quyết
///   …": a verb of the lexicon's <c>citingVerbs</c> before a code or a kind of document with its number) is not the
///   document the passage is, nor its date the date of anything the passage reports (unless the question asks of that
///   citing itself: it holds such a verb);
/// - the year in a document's title ("Luật Thực hiện dân chủ ở cơ sở năm 2022") is that document's, unless the question
///   names a kind of document;
/// - the year inside a code the question does not name ("Chỉ thị số 18/2000/CT-TTg") is that document's;
/// - a code the question dates ("Quy chế số 05-QC/ĐU ngày 20/6/2018": the code with its own date, a unit) is another
///   document where the evidence writes it dated otherwise.
/// <see cref="Bound"/> blanks those roles out of a passage's text before what the question names is looked for in it
/// (<see cref="NamedMentions"/>); what the retrieved documents name only in such a role is unbound (the decision trace's
/// check "binding"). A year named as a plan ("kế hoạch năm 2024") is set aside by <c>SentenceCollector</c> as before.
/// </summary>
internal sealed partial class EventBinding
{
    private readonly QuestionLexicon _lexicon;
    private readonly IReadOnlySet<string> _years;
    private readonly bool _keepsCitations;
    private bool _namesDocumentKind;
    private bool _comparesYears;
    private readonly IReadOnlyList<(string[] Code, (int Day, int Month, int Year) Date)> _datedCodes;
    private readonly IReadOnlyList<string[]> _documents;

    private EventBinding(QuestionLexicon lexicon, IReadOnlySet<string> years, bool keepsCitations, IReadOnlyList<(string[], (int, int, int))> datedCodes, IReadOnlyList<string[]> documents)
    {
        _lexicon = lexicon;
        _documents = documents;
        _years = years;
        _keepsCitations = keepsCitations;
        _datedCodes = datedCodes;
    }

    /// <summary>What of the evidence's roles the question (normalised text) leaves bound.</summary>
    public static EventBinding Of(string question, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(lexicon);
        var datedCodes = new List<(string[], (int, int, int))>();
        foreach (Match code in lexicon.Patterns.DocumentCode.Matches(question))
        {
            if (DateAfter(question, code.Index + code.Length) is { } date)
            {
                datedCodes.Add((Tokenizer.Tokenize(code.Value).ToArray(), date));
            }
        }

        // The documents the question names: by code ("59/2023/NĐ-CP"), or by kind and number ("Chỉ thị 18", "quyết định số 87").
        var tokens = Tokenizer.TokenizeTyped(question);
        var documents = lexicon.Patterns.DocumentCode.Matches(question).Select(m => Tokenizer.Tokenize(m.Value).ToArray()).ToList();
        var years = lexicon.YearsIn(tokens).ToHashSet(StringComparer.Ordinal);
        var binding = new EventBinding(lexicon, years, LexiconMatcher.Find(tokens, lexicon.CitingVerbs).Any(), datedCodes, []);
        foreach (var (at, length) in LexiconMatcher.Find(tokens, lexicon.DocumentTypes))
        {
            if (binding.NumberAt(tokens, at + length) is { } number)
            {
                var kind = tokens.Skip(at).Take(length).Select(t => t.Folded).ToArray();
                documents.Add([.. kind, tokens[number].Folded]);
                documents.AddRange(lexicon.NumberedMarkers.Select(m => (string[])[.. kind, m, tokens[number].Folded]));
            }
        }

        binding = documents.Count == 0 ? binding : new EventBinding(lexicon, years, binding._keepsCitations, datedCodes, documents);
        binding._namesDocumentKind = LexiconMatcher.Find(tokens, lexicon.DocumentTypes).Any();
        binding._comparesYears = TimeScope.Of(question, lexicon).Compared.Count > 0;
        return binding;
    }

    /// <summary>
    /// True when the question names a document and the sentence states its fact of another one: it names a document by
    /// its kind and a title or number ("Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 1/7/2023"), none the question
    /// names. Its date or content is not that of the document asked ("Nghị định 59/2023/NĐ-CP … hiệu lực từ ngày nào").
    /// </summary>
    public bool NamesOtherDocument(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (_documents.Count == 0)
        {
            return false;
        }

        var spans = Tokenizer.TypedSpans(sentence, 0, sentence.Length);
        var tokens = spans.Select(s => s.Token).ToList();
        var folded = tokens.Select(t => t.Folded).ToList();
        if (_documents.Any(d => TokenSequence.Contains(folded, d)))
        {
            return false;
        }

        return LexiconMatcher.Find(tokens, _lexicon.DocumentTypes).Any(k => k.At + k.Length < spans.Count
            && (char.IsUpper(sentence[spans[k.At + k.Length].Start]) || NumberAt(tokens, k.At + k.Length) is not null));
    }

    /// <summary>The text with the roles that date or number nothing the question asks of blanked (same length).</summary>
    public string Bound(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        // (Years compared are TimeScope's: each must be stated by a quoted sentence, which it checks and names in its note.)
        foreach (Match span in _comparesYears ? [] : DatePatterns.YearSpan().Matches(text).ToList())
        {
            if (!DatePatterns.Year().Matches(span.Value).All(y => _years.Contains(y.Value)))
            {
                Blank(chars, span.Index, span.Index + span.Length);
            }
        }

        foreach (Match code in _lexicon.Patterns.DocumentCode.Matches(text))
        {
            var folded = Tokenizer.Tokenize(code.Value);
            if (!_comparesYears && !_documents.Any(d => d.SequenceEqual(folded) || d[^1] == folded[0]))
            {
                // The year of a code the question does not name ("Chỉ thị số 18/2000/CT-TTg") is that document's, no year of what the passage reports.
                foreach (Match year in DatePatterns.Year().Matches(code.Value).Where(y => y.Index > 0))
                {
                    Blank(chars, code.Index + year.Index, code.Index + year.Index + year.Length);
                }
            }

            if (_datedCodes.Count > 0 && DateAfter(text, code.Index + code.Length) is { } date
                && _datedCodes.Any(d => d.Code.SequenceEqual(folded)) && !_datedCodes.Any(d => d.Code.SequenceEqual(folded) && d.Date == date))
            {
                Blank(chars, code.Index, code.Index + code.Length);
            }
        }

        if (!_keepsCitations)
        {
            BlankCitations(text, chars);
        }

        if (!_namesDocumentKind && !_comparesYears)
        {
            BlankTitleYears(text, chars);
        }

        return new string(chars);
    }

    // The year in a document's title ("Luật Thực hiện dân chủ ở cơ sở năm 2022": a kind of document, then a capitalised
    // word or a number, the year within a title's length after the kind, in the same clause) is that document's.
    private void BlankTitleYears(string text, char[] chars)
    {
        var start = 0;
        foreach (var end in ClauseEnd().Matches(text).Select(m => m.Index).Append(text.Length))
        {
            var spans = end > start ? Tokenizer.TypedSpans(text, start, end) : [];
            var tokens = spans.Select(s => s.Token).ToList();
            foreach (var (at, length) in LexiconMatcher.Find(tokens, _lexicon.DocumentTypes))
            {
                var title = at + length;
                if (title >= spans.Count || !(char.IsUpper(text[spans[title].Start]) || NumberAt(tokens, title) is not null))
                {
                    continue;
                }

                for (var i = title; i < Math.Min(spans.Count, title + MaxTitleWords); i++)
                {
                    if (tokens[i].Folded.Length == 4 && DatePatterns.Year().IsMatch(tokens[i].Folded))
                    {
                        Blank(chars, spans[i].Start, spans[i].End);
                    }
                }
            }

            start = end + 1;
        }
    }

    /// <summary>How many words after its kind a document's title may name its year ("Luật Thực hiện dân chủ ở cơ sở năm 2022": eight).</summary>
    private const int MaxTitleWords = 9;

    // Each clause from a citing verb on, when what follows the verb names a document by code or by its kind and number.
    private void BlankCitations(string text, char[] chars)
    {
        var start = 0;
        foreach (var end in ClauseEnd().Matches(text).Select(m => m.Index).Append(text.Length))
        {
            if (end > start)
            {
                var spans = Tokenizer.TypedSpans(text, start, end);
                var tokens = spans.Select(s => s.Token).ToList();
                if (LexiconMatcher.Find(tokens, _lexicon.CitingVerbs).Select(v => (int?)v.At).FirstOrDefault() is { } at
                    && CitesDocument(text[spans[at].Start..end], tokens.Skip(at).ToList()))
                {
                    Blank(chars, spans[at].Start, end);
                }
            }

            start = end + 1;
        }
    }

    private bool CitesDocument(string clause, List<QueryToken> tokens) =>
        _lexicon.Patterns.DocumentCode.IsMatch(clause)
        || LexiconMatcher.Find(tokens, _lexicon.DocumentTypes).Any(k => NumberAt(tokens, k.At + k.Length) is { } n && n < tokens.Count);

    // The index of the number after a kind of document, past a marker ("số"), or null.
    private int? NumberAt(List<QueryToken> tokens, int at)
    {
        var marked = at < tokens.Count && _lexicon.NumberedMarkers.Contains(tokens[at].Folded) ? at + 1 : at;
        return marked < tokens.Count && tokens[marked].Folded.All(char.IsDigit) ? marked : null;
    }

    private static void Blank(char[] chars, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            chars[i] = ' ';
        }
    }

    // A full date within two words after a position ("05-QC/ĐU ngày 20/6/2018"), or null.
    private static (int, int, int)? DateAfter(string text, int at)
    {
        var match = DateNext().Match(text[at..Math.Min(text.Length, at + MaxDateDistance)]);
        return match.Success
            ? (int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>How many characters after a code its date may end ("số 05-QC/ĐU, ngày 20 / 06 / 2018").</summary>
    private const int MaxDateDistance = 40;

    [GeneratedRegex(@"^\W{0,3}(?:\p{L}+\W{1,3}){0,2}?(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex DateNext();

    // Where a clause ends: a semicolon, a line, a sentence's end, or a comma that opens no date or number ("…, ngày 25/02/2010").
    [GeneratedRegex(@"[;\n]|[.!?](?=\s|$)|,(?!\s*(?:\d|\p{Ll}+\s+\d))")]
    private static partial Regex ClauseEnd();
}
