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
        lexicon.FindCues(tokens, lexicon.ReasonAskers).Any() ? Expected.Reason
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
}
