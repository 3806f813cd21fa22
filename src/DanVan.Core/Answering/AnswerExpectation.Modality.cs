using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// The mood of a question and of the sentence answering it. "Các huyện có gửi báo cáo đăng ký mô hình đúng hạn 30/6
// không?" asks whether it happened; "Các huyện … chỉ đạo Ban Dân vận cùng cấp gửi báo cáo … trước ngày 30/6" states only
// that it was asked for: the materials give the plan, not the result. A question that itself names a request or plan
// ("đề nghị gì", "dự kiến", "năm sau") asks the plan, which such a sentence answers. Words from the lexicon's `modality`.
public sealed partial class AnswerExpectation
{
    /// <summary>
    /// True when the question asks whether something happened or what came of it (a clause ending in a yes/no closer, or
    /// an outcome asker: "đã", "kết quả", "đúng hạn") and names no request, plan, later time or saying itself ("có nhắc …
    /// không" asks what was said, which a request said answers).
    /// </summary>
    public bool AsksOutcome { get; private init; }

    // The question's own words (folded, no stop words, numbers or form words): what a sentence's directive must govern.
    private IReadOnlySet<string> OutcomeWords { get; init; } = new HashSet<string>();

    private static bool AsksOutcomeOf(string question, QuestionLexicon lexicon)
    {
        // (A one-syllable word typed without diacritics may be another: "can bo" is cán bộ, not cần; "thon, ban" bản, not bàn.)
        var tokens = Tokenizer.TokenizeTyped(question);
        bool Sure((int At, int Length) found) => found.Length > 1 || tokens[found.At].Typed != tokens[found.At].Folded;
        if (Directives(tokens, lexicon).Concat(LexiconMatcher.Find(tokens, lexicon.PlannedMarkers)).Concat(LexiconMatcher.Find(tokens, lexicon.TimeScope.Later))
            .Concat(LexiconMatcher.Find(tokens, lexicon.TimeScope.LaterStated)).Concat(LexiconMatcher.Find(tokens, lexicon.Modality.Said)).Any(Sure))
        {
            return false;
        }

        return LexiconMatcher.Find(tokens, lexicon.Modality.OutcomeAskers).Any() || Clauses(question, lexicon).Any(c => QuestionForm.EndsYesNo(c, lexicon));
    }

    private static HashSet<string> OutcomeWordsOf(string question, QuestionLexicon lexicon)
    {
        var tokens = Tokenizer.TokenizeTyped(question);
        var form = new HashSet<int>();
        foreach (var list in new[] { lexicon.Form.Chat, lexicon.Form.Courtesy, lexicon.Form.YesNoClosers, lexicon.Form.YesNoOpeners, lexicon.Modality.OutcomeAskers })
        {
            foreach (var (at, length) in LexiconMatcher.Find(tokens, list))
            {
                form.UnionWith(Enumerable.Range(at, length));
            }
        }

        return tokens.Where((t, i) => !form.Contains(i) && !IsFunctionWord(t)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
    }

    // The directive phrases of the tokens, those inside a longer phrase that asks for nothing ("đạt yêu cầu") left out.
    private static IEnumerable<(int At, int Length)> Directives(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon)
    {
        var not = LexiconMatcher.Find(tokens, lexicon.Modality.NotDirective).ToList();
        return LexiconMatcher.Find(tokens, lexicon.Modality.Directive).Where(d => !not.Any(n => n.At <= d.At && d.At + d.Length <= n.At + n.Length));
    }

    /// <summary>
    /// True when the sentence states what the question asks of only as asked for, planned or expected: more of the
    /// question's words the sentence holds come only after its first directive phrase ("đề nghị", "chỉ đạo", "phấn đấu")
    /// than before it (what is asked for follows the one asking for it: "Các huyện … chỉ đạo … gửi báo cáo … trước ngày
    /// 30/6"). False when the question does not ask an outcome.
    /// </summary>
    public bool StatesOnlyDirective(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!AsksOutcome)
        {
            return false;
        }

        var tokens = Tokenizer.TokenizeWritten(sentence);
        var first = Directives(tokens, _lexicon).Select(d => (int?)d.At).FirstOrDefault();
        if (first is not { } at)
        {
            return false;
        }

        // (Each word once: the question's words the sentence names before the directive — who asks, where — against those
        // it names only after it.)
        var before = tokens.Take(at).Select(t => t.Folded).Where(OutcomeWords.Contains).ToHashSet(StringComparer.Ordinal);
        var after = tokens.Skip(at).Select(t => t.Folded).Where(w => OutcomeWords.Contains(w) && !before.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return after.Count > before.Count;
    }
}
