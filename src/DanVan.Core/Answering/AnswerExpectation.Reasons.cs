using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// Why, what for, what came of it. "Vì sao …" is answered by the sentence that states the reason ("… nhằm …", "…
// góp phần khắc phục …"), or by the sentence before one opening with "Do đó", "Vì vậy" (its reason); "để làm gì" by
// one stating a purpose ("nhằm", "giúp"); "làm được những gì" by one stating a result ("chuyển biến", "tiến bộ"). The
// words come from the lexicon's "reasonAskers" and "reasons".
public sealed partial class AnswerExpectation
{
    /// <summary>True when the question asks a reason, a purpose or a result (and nothing more specific).</summary>
    public bool AsksMotive => _kinds.Any(k => k is Expected.Reason or Expected.Purpose or Expected.Result);

    /// <summary>True when the question asks a reason ("vì sao", "vì đâu mà").</summary>
    public bool AsksReason => _kinds.Contains(Expected.Reason);

    /// <summary>
    /// The motive asked (its bit, as in <see cref="AllKinds"/>) when <paramref name="heading"/>, a section's heading,
    /// states it ("Điều 2. Mục đích, yêu cầu" for "nhằm mục đích gì"): each sentence of the section does; else 0.
    /// </summary>
    public int MotiveStatedBy(string? heading) => heading is null || !AsksMotive ? 0 : KindsMetBy(heading);

    // The motive asked, when the question asks nothing more specific: a reason, a purpose or a result.
    private static Expected? AskedMotive(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon) =>
        lexicon.FindCues(tokens, lexicon.ReasonAskers).Any() || SpannedReasonAskers(tokens, lexicon).Any() ? Expected.Reason
        : lexicon.FindCues(tokens, lexicon.PurposeAskers).Any() ? Expected.Purpose
        : lexicon.FindCues(tokens, lexicon.ResultAskers).Any() ? Expected.Result
        : null;

    // Whether the sentence states the motive asked; a reason is also stated by the sentence before one that opens with
    // a consequence ("Do đó, năm 2016, … chú trọng tập huấn": its reason is <paramref name="sentence"/>, before
    // <paramref name="next"/>), and within a sentence before a consequence ("…, vì vậy …").
    private bool HoldsMotive(Expected kind, string sentence, string? next)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        return kind switch
        {
            Expected.Reason => HoldsOutsideConsequence(tokens, _lexicon.CauseMarkers) || HoldsOutsideConsequence(tokens, _lexicon.PurposeMarkers)
                || LexiconMatcher.Find(tokens, _lexicon.ConsequenceOpeners).Any(c => c.At > 0) || OpensWithConsequence(next),
            Expected.Purpose => HoldsOutsideConsequence(tokens, _lexicon.PurposeMarkers),
            Expected.Result => HoldsResult(tokens),
            _ => false,
        };
    }

    // A result stated before any purpose: "nhằm … nâng cao kết quả" names a result hoped for, not one achieved.
    private bool HoldsResult(List<QueryToken> tokens)
    {
        var purpose = LexiconMatcher.Find(tokens, _lexicon.PurposeMarkers).Select(p => p.At).DefaultIfEmpty(tokens.Count).Min();
        return LexiconMatcher.Find(tokens, _lexicon.ResultMarkers).Any(r => r.At < purpose);
    }

    /// <summary>True when <paramref name="sentence"/> opens with a consequence of what the sentence before says ("Do đó, …", "Vì vậy, …").</summary>
    public bool OpensWithConsequence(string? sentence) =>
        sentence is not null && LexiconMatcher.Find(Tokenizer.TokenizeWritten(sentence), _lexicon.ConsequenceOpeners).Any(c => c.At == 0);

    // A marker that is not part of a consequence opener ("do" of "Do đó" states no reason in its sentence).
    private bool HoldsOutsideConsequence(List<QueryToken> tokens, IReadOnlyList<LexiconPhrase> markers)
    {
        var openers = LexiconMatcher.Find(tokens, _lexicon.ConsequenceOpeners).ToList();
        return LexiconMatcher.Find(tokens, markers).Any(m => !openers.Any(o => m.At < o.At + o.Length && o.At < m.At + m.Length));
    }

    /// <summary>What each reason asked is asked of: the asked predicate's content words, a phrase the lexicon knows other words for as one.</summary>
    private IReadOnlyList<IReadOnlyList<string[]>> ReasonPredicates { get; init; } = [];

    /// <summary>How much of an asked predicate (its content words, or their synonyms) the statement a reason is bound to must say.</summary>
    private const double PredicateShare = 0.5;

    /// <summary>How many words may stand between the two words of a spanned reason asker ("sao năm 2016 Ban … lại chú trọng").</summary>
    private const int MaxSpannedSubject = 10;

    // The reason askers of a clause: the lexicon's ("vì sao", "lý do") and the first word of a spanned one.
    private static IEnumerable<(int At, int Length)> ReasonAskersIn(IReadOnlyList<QueryToken> clause, QuestionLexicon lexicon) =>
        LexiconMatcher.Find(clause, lexicon.ReasonAskers).Concat(SpannedReasonAskers(clause, lexicon));

    // A spanned reason asker ("sao … lại": "sao Bình Phước lại chọn …"): its first word, where no other asker reads it ("tại
    // sao", "ra sao"), with its second word after it within a few words.
    private static IEnumerable<(int At, int Length)> SpannedReasonAskers(IReadOnlyList<QueryToken> clause, QuestionLexicon lexicon)
    {
        var taken = lexicon.AskerLists.Append(lexicon.QuestionPhrases).Append(lexicon.PurposeAskers).Append(lexicon.ResultAskers)
            .SelectMany(cues => LexiconMatcher.Find(clause, cues)).ToList();
        foreach (var span in lexicon.ReasonAskerSpans)
        {
            var (opens, closes) = (LexiconPhrase.Of(span.Written[0]), LexiconPhrase.Of(span.Written[1]));
            for (var i = 0; i < clause.Count; i++)
            {
                if (opens.StartsAt(clause, i) && !taken.Any(t => t.At <= i && i < t.At + t.Length)
                    && Enumerable.Range(i + 2, Math.Max(0, Math.Min(clause.Count, i + 2 + MaxSpannedSubject) - i - 2)).Any(k => closes.StartsAt(clause, k)))
                {
                    yield return (i, 1);
                }
            }
        }
    }

    // The asked predicate of a reason asker: the content words after it ("vì sao Đắk Nông chọn Gia Nghĩa làm điểm học":
    // chọn, gia, nghĩa, làm, điểm, học), or before it when fewer than two follow ("lớp học bị hủy là vì sao"); a phrase the
    // lexicon knows other words for is one, read through them. Function words, provinces' names (the names check holds
    // them) and the asking words are left out.
    private static IReadOnlyList<string[]> PredicateOf(List<QueryToken> act, int at, int length, QuestionLexicon lexicon)
    {
        var asking = new bool[act.Count];
        foreach (var (a, l) in ReasonAskersIn(act, lexicon).Concat(LexiconMatcher.Find(act, lexicon.Form.YesNoClosers)))
        {
            Array.Fill(asking, true, a, l);
        }

        var provinces = Provinces.InNames(act.Select(t => t.Folded).ToList());
        bool Content(int i) => !asking[i] && !provinces[i] && !IsAnchorless(act[i]);
        var (from, to) = Enumerable.Range(at + length, act.Count - at - length).Count(Content) >= 2 ? (at + length, act.Count) : (0, at);
        var units = new List<string[]>();
        for (var i = from; i < to; i++)
        {
            var phrase = LexiconMatcher.LongestAt(act, i, lexicon.SynonymPhrases);
            if (phrase > 1 && i + phrase <= to && Enumerable.Range(i, phrase).Any(Content))
            {
                units.Add(act.Skip(i).Take(phrase).Select(t => t.Folded).ToArray());
                i += phrase - 1;
            }
            else if (Content(i))
            {
                units.Add([act[i].Folded]);
            }
        }

        return units.DistinctBy(u => string.Join(' ', u)).ToList();
    }

    /// <summary>
    /// True when <paramref name="sentence"/> states a reason bound to what the question asks the reason of: at least half of
    /// the asked predicate's words (or their synonyms) stand in the statement the reason attaches to — the sentence outside
    /// the clause a cause or purpose marker opens ("Do tình hình dịch COVID-19, lớp học được tổ chức kết hợp trực tiếp và
    /// trực tuyến" gives the reason for holding it online, not for choosing its town; "Để góp phần phòng ngừa … điểm nóng,
    /// đồng chí … đề nghị …" the reason for a request, not for a topic on điểm nóng), the consequence after an opener within
    /// it ("…, vì vậy …"), the sentence after it when that one opens with a consequence (<paramref name="next"/>: "Do đó,
    /// …"), or itself after such an opener. A marker written as part of a name ("Ban Vì sự tiến bộ phụ nữ") states no
    /// reason. True when no reason is asked of a predicate.
    /// </summary>
    public bool BindsReason(string sentence, string? next)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (ReasonPredicates.All(p => p.Count == 0))
        {
            return true;
        }

        var spans = Tokenizer.TypedSpans(sentence, 0, sentence.Length);
        var tokens = spans.Select(s => s.Token with { Written = true }).ToList();
        var folded = tokens.Select(t => t.Folded).ToList();
        var breaks = Enumerable.Range(0, spans.Count).Select(k => k > 0 && sentence.AsSpan(spans[k - 1].End, spans[k].Start - spans[k - 1].End).IndexOfAny(ClauseBreaks) >= 0).ToList();
        var openers = LexiconMatcher.Find(tokens, _lexicon.ConsequenceOpeners).ToList();
        bool Named(int k) => k > 0 && char.IsUpper(sentence[spans[k].Start]) && char.IsUpper(sentence[spans[k - 1].Start]) && !breaks[k];

        var sides = new List<List<string>>();
        foreach (var (at, length) in LexiconMatcher.Find(tokens, [.. _lexicon.CauseMarkers, .. _lexicon.PurposeMarkers]))
        {
            if (Named(at) || openers.Any(o => at < o.At + o.Length && o.At < at + length))
            {
                continue;
            }

            var end = at + length;
            while (end < folded.Count && !breaks[end])
            {
                end++;
            }

            sides.Add([.. folded.Take(at), string.Empty, .. folded.Skip(end)]);
        }

        sides.AddRange(openers.Select(o => folded.Skip(o.At + o.Length).ToList()));
        if (OpensWithConsequence(next))
        {
            sides.Add(Tokenizer.TokenizeWritten(next!).Select(t => t.Folded).ToList());
        }

        return sides.Any(side => ReasonPredicates.Any(p => Says(side, p)));
    }

    // Clause punctuation: what ends the clause a marker opens.
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:");

    // Whether a statement (folded words) says at least the share asked of a predicate's words, as written, with their
    // short forms written out, or through the lexicon's synonyms.
    private bool Says(List<string> statement, IReadOnlyList<string[]> predicate)
    {
        if (predicate.Count == 0)
        {
            return true;
        }

        var written = Abbreviations.Expand(statement, keepAbbreviation: true);
        bool Holds(string[] words) => TokenSequence.Contains(statement, words) || TokenSequence.Contains(written, words);
        var said = predicate.Count(unit => Holds(unit) || _lexicon.SynonymsOf(string.Join(' ', unit)).Any(s => Holds(s.Split(' '))));
        return said >= PredicateShare * predicate.Count;
    }
}
