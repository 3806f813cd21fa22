using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// The type of evidence a question asks beyond its kind of fact, read like its asked head: "bao lâu … một lần" asks a
// frequency (a window dating one course states none), "học viên đánh giá thế nào" an evaluation by the learners (a
// window naming a course's topics states none), "được nhận phần thưởng gì" a reward (that some were commended is none).
// The types, their cues and the forms that state them are the lexicon's (askedHeads.evidence); a window holding the
// question's words but no statement of the type asked is related material. A time of day ("lúc mấy giờ") is the Time
// kind's clock reading (clockAskers), not a type here.
public sealed partial class AnswerExpectation
{
    /// <summary>A type of evidence asked, and whose statement it must be when the question names one of the type's holders.</summary>
    internal sealed record AskedEvidence(AskedEvidenceWords Type, LexiconPhrase? Holder)
    {
        public override string ToString() => Holder is null ? Type.Name : $"{Type.Name} by {Holder.Key}";
    }

    /// <summary>The types of evidence the question asks, each of which a window answering must state.</summary>
    private IReadOnlyList<AskedEvidence> EvidenceAsked { get; init; } = [];

    /// <summary>The types of evidence a question (normalised text) asks: a cue of a type in one of its clauses.</summary>
    internal static IReadOnlyList<AskedEvidence> AskedEvidenceOf(string question, QuestionLexicon lexicon)
    {
        var asked = new List<AskedEvidence>();
        foreach (var clause in Clauses(question, lexicon))
        {
            foreach (var type in lexicon.AskedHeads.Evidence)
            {
                var at = type.Cues.Select(cue => CueAt(clause, cue)).Where(a => a >= 0).DefaultIfEmpty(-1).Min();
                if (at < 0 || asked.Any(a => a.Type == type))
                {
                    continue;
                }

                // A passive asks how the one named fared ("học viên được đánh giá thế nào"), which their results may state: not asked.
                if (type.Passives.Any(p => p.Length <= at && p.StartsAt(clause, at - p.Length)))
                {
                    continue;
                }

                // Who is named before the cue states it ("học viên … đánh giá").
                var before = clause.Take(at).ToList();
                asked.Add(new AskedEvidence(type, type.Holders.FirstOrDefault(h => LexiconMatcher.Find(before, [h]).Any())));
            }
        }

        return asked;
    }

    // Where a cue's parts are found in that order in the clause: the start of its first part (-1 when not all are).
    private static int CueAt(List<QueryToken> clause, IReadOnlyList<LexiconPhrase> parts)
    {
        var first = -1;
        var from = 0;
        foreach (var part in parts)
        {
            var at = LexiconMatcher.Find(clause, [part]).Select(m => m.At).Where(a => a >= from).DefaultIfEmpty(-1).Min();
            if (at < 0)
            {
                return -1;
            }

            first = first < 0 ? at : first;
            from = at + part.Length;
        }

        return first;
    }

    /// <summary>
    /// True when the window's sentences (as written) state every type of evidence the question asks — a form of the type,
    /// in a sentence naming whose statement is asked when the question names one —, or when the question asks a kind of
    /// fact the type does not narrow and a sentence holds one (a question asking several things is answered by any of
    /// them, each ask then answered or noted apart); true when none is asked.
    /// </summary>
    public bool HoldsAskedEvidence(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (EvidenceAsked.Count == 0)
        {
            return true;
        }

        var window = sentences.ToList();
        return EvidenceAsked.All(e => window.Any(s => StatesEvidence(s, e)) || OtherKindMet(window, e.Type));
    }

    // A kind of fact asked that the type does not narrow, held by a sentence of the window.
    private bool OtherKindMet(List<string> window, AskedEvidenceWords type)
    {
        var narrowed = _kinds.Where(k => type.Narrows.Contains(k.ToString(), StringComparer.OrdinalIgnoreCase)).Aggregate(0, (mask, k) => mask | (1 << (int)k));
        return (AllKinds & ~narrowed) != 0 && window.Any(s => (KindsMetBy(s) & ~narrowed) != 0);
    }

    private static bool StatesEvidence(string sentence, AskedEvidence asked)
    {
        var written = Tokenizer.TokenizeWritten(sentence);
        var stated = LexiconMatcher.Find(written, asked.Type.Stated).Any() || asked.Type.StatedPatterns.Any(p => p.IsMatch(sentence));
        return stated && (asked.Holder is null || LexiconMatcher.Find(written, [asked.Holder]).Any());
    }
}
