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

    /// <summary>True when the question asks what came of something ("kết quả", "đúng hạn"): a rule does not say it.</summary>
    public bool AsksResult { get; private init; }

    // The question's own words (folded, no stop words, numbers or form words): what a sentence's directive must govern.
    private IReadOnlySet<string> OutcomeWords { get; init; } = new HashSet<string>();

    private static bool AsksOutcomeOf(string question, QuestionLexicon lexicon)
    {
        // (A one-syllable plan word typed without diacritics may be another: "can bo" is cán bộ, not cần. A saying word
        // so typed counts unless it is a syllable of a place or a longer word of the lexicon: "co nhac … khong" asks what
        // was said, "Ha Giang" holds no "giảng".)
        var tokens = Tokenizer.TokenizeTyped(question);
        bool Sure((int At, int Length) found) => found.Length > 1 || tokens[found.At].Typed != tokens[found.At].Folded;
        var place = PlaceMask(tokens, lexicon);
        bool InWord(int at) => place[at] || Enumerable.Range(Math.Max(0, at - 3), Math.Min(at, 3) + 1)
            .Any(start => LexiconMatcher.LongestAt(tokens, start, lexicon.Words) is var length and > 1 && start + length > at);
        if (Directives(tokens, lexicon).Concat(LexiconMatcher.Find(tokens, lexicon.PlannedMarkers)).Concat(LexiconMatcher.Find(tokens, lexicon.TimeScope.Later))
            .Concat(LexiconMatcher.Find(tokens, lexicon.TimeScope.LaterStated)).Any(Sure)
            || LexiconMatcher.Find(tokens, lexicon.Modality.Said).Any(found => Sure(found) || !InWord(found.At)))
        {
            return false;
        }

        return LexiconMatcher.Find(tokens, lexicon.Modality.OutcomeAskers).Any() || Clauses(question, lexicon).Any(c => QuestionForm.EndsYesNo(c, lexicon));
    }

    private static bool AsksResultOf(string question, QuestionLexicon lexicon) =>
        AsksOutcomeOf(question, lexicon) && LexiconMatcher.Find(Tokenizer.TokenizeTyped(question), lexicon.Modality.ResultAskers).Any();

    /// <summary>
    /// True when the sentence, of a passage whose section is <paramref name="section"/>, does not state the outcome asked:
    /// it states it only as asked for or planned (<see cref="StatesOnlyDirective(string)"/>), or it is a rule (a sentence
    /// of an article, "Điều 9. …") and the question asks what came of something.
    /// </summary>
    public bool StatesOnlyDirective(string sentence, string? section) =>
        StatesOnlyDirective(sentence) || (AsksResult && section is not null && _lexicon.Patterns.Article.IsMatch(section));

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
