using System.Text.RegularExpressions;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// Values the question itself states are given, not asked. "Hội nghị trực tuyến ngày 11/4/2024 bắt đầu lúc mấy giờ" is not
// answered by "Ngày 11/4/2024, UBND tỉnh tổ chức hội nghị trực tuyến …": its only date is the one the question names.
// A time, a day or a year asked is met only by a value the question does not state (a count already leaves out the
// numbers the question states: GivenNumbers). A document's code ("59/2023/NĐ-CP") is a name, not a value, and stays.
public sealed partial class AnswerExpectation
{
    // A value: a number or a date ("30/6", "11/4/2024", "2023"), not part of a code or a word ("59/2023/NĐ-CP", "CT-TTg").
    [GeneratedRegex(@"(?<![\p{L}\d/.,-])\d+(?:\s*[/.]\s*\d+)*(?![\d/.,-]*\p{L})(?![\d/])")]
    private static partial Regex Value();

    // The values the question states, spaces and leading zeros left out ("30/06" is "30/6").
    private IReadOnlySet<string> GivenValues { get; init; } = new HashSet<string>();

    private static HashSet<string> GivenValuesOf(string question) =>
        Value().Matches(question).Select(m => ValueKey(m.Value)).ToHashSet(StringComparer.Ordinal);

    private static string ValueKey(string value) =>
        string.Join('/', Regex.Split(value, @"\s*[/.]\s*").Select(p => p.TrimStart('0') is { Length: > 0 } t ? t : "0"));

    /// <summary>
    /// The sentence with the values the question states blanked out: a time, day or year asked is met only by another.
    /// </summary>
    private string Unechoed(string sentence) =>
        GivenValues.Count == 0 ? sentence : Value().Replace(sentence, m => GivenValues.Contains(ValueKey(m.Value)) ? " " : m.Value);

    /// <summary>True when the sentence's only values of the kind asked are ones the question states (the sentence echoes them).</summary>
    public bool EchoesOnly(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (GivenValues.Count == 0)
        {
            return false;
        }

        // Only when every kind the sentence meets is a time (a count it states is a value of its own) and none is met once
        // the values the question states are blanked out.
        const int times = (1 << (int)Expected.Time) | (1 << (int)Expected.Day) | (1 << (int)Expected.Year);
        var met = KindsMetBy(sentence);
        if (met == 0 || (met & ~times) != 0)
        {
            return false;
        }

        var unechoed = Unechoed(sentence);
        return !_kinds.Any(k => (times & (1 << (int)k)) != 0 && IsMetBy(k, unechoed, null));
    }

    // The totals of people a count is asked within ("trong số học viên", "trong hơn 800 cán bộ", then "bao nhiêu người
    // …"): the word for people right after a marker of the lexicon's `modality.within`, past an approximator and a
    // number, before the count asker.
    private IReadOnlyList<string[]> CountedWithin { get; init; } = [];

    private static List<string[]> TotalsNamed(string question, QuestionLexicon lexicon)
    {
        var totals = new List<string[]>();
        foreach (var clause in Clauses(question, lexicon))
        {
            var asker = lexicon.FindCues(clause, lexicon.CountAskers).Select(a => (int?)a.At).FirstOrDefault();
            foreach (var (at, length) in LexiconMatcher.Find(clause, lexicon.Modality.Within).Where(w => asker is null || w.At < asker))
            {
                var i = at + length;
                i += LexiconMatcher.LongestAt(clause, i, lexicon.GuessApproximators);
                while (i < clause.Count && char.IsDigit(clause[i].Folded[0]))
                {
                    i++;
                }

                var unit = LexiconMatcher.LongestAt(clause, i, lexicon.PeopleUnits);
                if (unit > 0 && (asker is null || i + unit <= asker))
                {
                    totals.Add(clause.Skip(i).Take(unit).Select(t => t.Folded).ToArray());
                }
            }
        }

        return totals;
    }
}
