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
///   names a span itself);
/// - a document a clause only cites or replaces ("… và thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018", "Căn cứ Nghị quyết
///   …": a verb of the lexicon's <c>citingVerbs</c> before a code or a kind of document with its number) is not the
///   document the passage is, nor its date the date of anything the passage reports (unless the question asks of that
///   citing itself: it holds such a verb);
/// - a code the question dates ("Quy chế số 05-QC/ĐU ngày 20/6/2018": the code with its own date, a unit) is another
///   document where the evidence writes it dated otherwise.
/// <see cref="Bound"/> blanks those roles out of a passage's text before what the question names is looked for in it
/// (<see cref="NamedMentions"/>); what the retrieved documents name only in such a role is unbound (the decision trace's
/// check "binding"). A year named as a plan ("kế hoạch năm 2024") is set aside by <c>SentenceCollector</c> as before.
/// </summary>
internal sealed partial class EventBinding
{
    private readonly QuestionLexicon _lexicon;
    private readonly bool _keepsSpans;
    private readonly bool _keepsCitations;
    private readonly IReadOnlyList<(string[] Code, (int Day, int Month, int Year) Date)> _datedCodes;

    private EventBinding(QuestionLexicon lexicon, bool keepsSpans, bool keepsCitations, IReadOnlyList<(string[], (int, int, int))> datedCodes)
    {
        _lexicon = lexicon;
        _keepsSpans = keepsSpans;
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

        return new EventBinding(lexicon, DatePatterns.YearSpan().IsMatch(question),
            LexiconMatcher.Find(Tokenizer.TokenizeTyped(question), lexicon.CitingVerbs).Any(), datedCodes);
    }

    /// <summary>The text with the roles that date or number nothing the question asks of blanked (same length).</summary>
    public string Bound(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        if (!_keepsSpans)
        {
            foreach (Match span in DatePatterns.YearSpan().Matches(text))
            {
                Blank(chars, span.Index, span.Index + span.Length);
            }
        }

        foreach (var code in _datedCodes.Count == 0 ? [] : _lexicon.Patterns.DocumentCode.Matches(text).ToList())
        {
            var folded = Tokenizer.Tokenize(code.Value);
            if (DateAfter(text, code.Index + code.Length) is { } date
                && _datedCodes.Any(d => d.Code.SequenceEqual(folded)) && !_datedCodes.Any(d => d.Code.SequenceEqual(folded) && d.Date == date))
            {
                Blank(chars, code.Index, code.Index + code.Length);
            }
        }

        if (!_keepsCitations)
        {
            BlankCitations(text, chars);
        }

        return new string(chars);
    }

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
