using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// Money: "kinh phí … hết bao nhiêu", "phụ cấp … là bao nhiêu", "bao nhiêu tiền" — a number before a unit of money.
public sealed partial class AnswerExpectation
{
    /// <summary>
    /// Whether the question asks a sum of money, and whether every count it asks is that sum. A count asker asks money
    /// when money is counted right after it ("bao nhiêu tiền", "mấy đồng", not "mấy đồng chí"), or when the question names a
    /// sum ("kinh phí", "phụ cấp") and an amount asker counts nothing after it ("… là bao nhiêu", "hết bao nhiêu một
    /// tháng") and numbers nothing before it ("năm bao nhiêu", "số bao nhiêu"). "Ngân sách … công khai bao nhiêu ngày"
    /// counts days, not money.
    /// </summary>
    private static (bool Asked, bool Only) MoneyAsked(string question, QuestionLexicon lexicon)
    {
        var clauses = Clauses(question, lexicon).ToList();
        var named = clauses.Any(c => lexicon.FindCues(c, lexicon.Money.Asked).Any());
        var (askers, money) = (0, 0);
        foreach (var clause in clauses)
        {
            foreach (var (at, length) in lexicon.FindCues(clause, lexicon.CountAskers))
            {
                askers++;
                var start = at + length;
                if (CountsMoney(clause, start, lexicon) || (named && AsksAmountAlone(clause, at, start, lexicon)))
                {
                    money++;
                }
            }
        }

        return (money > 0, money > 0 && money == askers);
    }

    private static bool CountsMoney(List<QueryToken> clause, int start, QuestionLexicon lexicon) =>
        start < clause.Count && LexiconMatcher.LongestAt(clause, start, lexicon.Money.Counted) > 0
        && LexiconMatcher.LongestAt(clause, start, lexicon.Money.OtherWords) == 0;

    // An amount asker counting nothing after it, past a magnitude ("hết khoảng mấy trăm?"): the clause ends, a function
    // word or a period follows ("bao nhiêu một tháng", "bao nhiêu hằng tháng").
    private static bool AsksAmountAlone(List<QueryToken> clause, int at, int start, QuestionLexicon lexicon)
    {
        if (!lexicon.Money.Askers.Any(a => a.Length == start - at && a.StartsAt(clause, at)) || (at > 0 && NumbersWhatFollows(clause[at - 1], lexicon)))
        {
            return false;
        }

        var next = start + (start < clause.Count ? LexiconMatcher.LongestAt(clause, start, lexicon.Form.Magnitudes) : 0);
        return next >= clause.Count || IsFunctionWord(clause[next]) || LexiconMatcher.LongestAt(clause, next, lexicon.PeriodWords) > 0;
    }

    // A word the asker right after it numbers or dates rather than counts: "năm bao nhiêu", "số bao nhiêu".
    private static bool NumbersWhatFollows(QueryToken before, QuestionLexicon lexicon) =>
        lexicon.NumberedMarkers.Contains(before.Folded) || lexicon.TimeUnits.Any(u => u.Length == 1 && u.Folded[0] == before.Folded);

    /// <summary>True when the sentence states a sum of money: a number (digits or a number word) right before a unit of money.</summary>
    private bool HoldsMoney(string sentence)
    {
        var tokens = Tokenizer.TokenizeWritten(sentence);
        for (var i = 1; i < tokens.Count; i++)
        {
            var number = tokens[i - 1].Typed;
            if ((char.IsDigit(number[0]) || _lexicon.NumberWords.Contains(number))
                && LexiconMatcher.LongestAt(tokens, i, _lexicon.Money.Units) > 0 && LexiconMatcher.LongestAt(tokens, i, _lexicon.Money.OtherWords) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
