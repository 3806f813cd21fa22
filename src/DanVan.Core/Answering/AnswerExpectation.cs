using System.Text.RegularExpressions;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// What kind of fact would answer a question, and whether a sentence holds one. "Bao nhiêu huyện" is answered by a
/// sentence that counts huyện ("gồm 8 huyện"), not by any sentence about the same province; "ngày nào" by a sentence
/// with a date; "ai" by one that names a person. A question the materials cover in topic but not in the fact asked
/// (the province's population, the date of an anniversary they never mention) then finds no sentence that meets its
/// expectation, and the bot says the materials do not answer it instead of quoting a sentence that does not.
/// </summary>
public sealed partial class AnswerExpectation
{
    // How far a count may stand from what it counts: "230 học viên", "gần 1.200 người có uy tín", "số học viên là 230".
    private const int CountBefore = 4;
    private const int CountAfter = 6;

    private static readonly HashSet<string> NumberWords = new(
        ["một", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "trăm", "nghìn",
         "ngàn", "triệu", "tỷ", "tỉ", "chục", "nửa", "rưỡi"],
        StringComparer.Ordinal);

    // Cheap test before the full one: a digit, a Roman numeral or one of the number words somewhere in the sentence.
    private static readonly Regex MayHoldNumber = new(
        @"\d|\b[IVXL]{1,7}\b|(?i:\b(" + string.Join('|', NumberWords) + @")\b)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Folded words that say how often or how long, which answer "bao lâu" and "khi nào" without a digit.
    private static readonly HashSet<string> PeriodWords = new(["hang", "dinh", "moi", "thuong", "sau", "truoc"], StringComparer.Ordinal);

    private readonly IReadOnlyList<Unit> _units;

    private readonly IReadOnlyList<Expected> _kinds;

    private AnswerExpectation(IReadOnlyList<Expected> kinds, IReadOnlyList<Unit> units)
    {
        _kinds = kinds;
        _units = units;
    }

    private enum Expected
    {
        Count,
        Time,
        Year,
        Day,
        Person,
    }

    /// <summary>True when only some sentences can answer (a count, a time, a person).</summary>
    public bool IsSpecific => _kinds.Count > 0;

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearNumber();

    // A day: "1/11", "27-29/8", "20 – 22/10", "1/11/2019", "6-2016" is not one; "ngày 15", "mùng 2".
    [GeneratedRegex(@"\b\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\b\d{1,2}\s*-\s*\d{1,2}\b|(?i:\b(ngày|mùng|hôm)\s+\d{1,2}\b)")]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"\b[IVXL]{1,7}\b")]
    private static partial Regex Roman();

    [GeneratedRegex(@"\d\s*%|phần trăm", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    // A person: "đồng chí …", "ông/bà X", a title, or a full name of capitalised syllables ("Nguyễn Thế Trung").
    [GeneratedRegex(@"(?i:\b(đồng chí|đ/c|ông|bà|chủ tịch|bí thư|trưởng ban|phó|giám đốc|vụ trưởng|thượng tá|đại tá|thiếu tướng|trung tướng)\b)|\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}+")]
    private static partial Regex PersonWords();

    /// <summary>The expectation of a question (normalised text) of the given kind.</summary>
    public static AnswerExpectation For(string question, QuestionKind kind)
    {
        var tokens = Tokenizer.TokenizeTyped(question);
        var folded = tokens.Select(t => t.Folded).ToList();
        // "năm nào" wants a year and "ngày nào" a day, not any date: a course's day and month do not say its year.
        // A question asking several things is answered by a sentence holding any of them.
        var kinds = new List<Expected>();
        if (Contains(folded, "nam", "nao") || Contains(folded, "nam", "may"))
        {
            kinds.Add(Expected.Year);
        }

        if (Contains(folded, "ngay", "nao") || Contains(folded, "hom", "nao") || Contains(folded, "ngay", "may"))
        {
            kinds.Add(Expected.Day);
        }

        var units = new List<Unit>();
        if (kind == QuestionKind.Number || AsksCount(question))
        {
            units = CountedUnits(question);
            kinds.Add(Expected.Count);
        }

        if (kinds.Count == 0 && (kind == QuestionKind.Time || Contains(folded, "bao", "lau")))
        {
            kinds.Add(Expected.Time);
        }

        if (kind == QuestionKind.Person)
        {
            kinds.Add(Expected.Person);
        }

        return new AnswerExpectation(kinds, units);
    }

    /// <summary>True when <paramref name="sentence"/> holds the kind of fact the question asks for (any, if it asks several).</summary>
    public bool IsMetBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return _kinds.Count == 0 || _kinds.Any(kind => IsMetBy(kind, sentence));
    }

    private bool IsMetBy(Expected kind, string sentence) =>
        kind switch
        {
            Expected.Count => HoldsCount(sentence),
            Expected.Time => Digit().IsMatch(sentence) || Tokenizer.Tokenize(sentence).Any(PeriodWords.Contains),
            Expected.Year => YearNumber().IsMatch(sentence),
            Expected.Day => DayNumber().IsMatch(sentence) || Tokenizer.Tokenize(sentence).Any(PeriodWords.Contains),
            Expected.Person => PersonWords().IsMatch(sentence),
            _ => true,
        };

    private bool HoldsCount(string sentence)
    {
        if (!MayHoldNumber.IsMatch(sentence))
        {
            return false;
        }

        // Dates are not counts: "(20 – 22/10), các học viên" says nothing about how many.
        sentence = DayNumber().Replace(sentence, " ; ");
        var romans = Roman().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var tokens = Tokenizer.TokenizeTyped(sentence);
        var numbers = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var typed = tokens[i].Typed;
            if (char.IsDigit(typed[0]) || NumberWords.Contains(typed) || romans.Contains(typed))
            {
                numbers.Add(i);
            }
        }

        if (numbers.Count == 0)
        {
            return false;
        }

        if (_units.Count == 0)
        {
            return true;
        }

        foreach (var unit in _units)
        {
            if (unit.Syllables[0] == "phan" && Percent().IsMatch(sentence))
            {
                return true;
            }

            for (var k = 0; k < tokens.Count; k++)
            {
                var after = k + unit.Syllables.Length - 1;
                if (SameUnit(unit.Syllables, tokens, k) &&
                    numbers.Any(n => (!unit.NumberAfter && k - n is > 0 and <= CountBefore) || (n - after is > 0 and <= CountAfter)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Any word for people counts people: "bao nhiêu người" is answered by "170 học viên" or "800 cán bộ".
    private static bool SameUnit(string[] unit, List<QueryToken> tokens, int at)
    {
        var word = tokens[at].Folded;
        if (at + unit.Length <= tokens.Count && unit.Select((syllable, j) => tokens[at + j].Folded == syllable).All(same => same))
        {
            return true;
        }

        return unit.Length == 1 && People.Contains(unit[0]) && (PeopleWords.Contains(word) ||
            (at + 1 < tokens.Count && PeoplePairs.Contains(word + " " + tokens[at + 1].Folded)));
    }

    // Heads of the words for people a question may count by ("học" of học viên, "cán" of cán bộ …).
    private static readonly HashSet<string> People = new(["nguoi", "hoc", "can", "dai", "dang", "hoi", "cong", "vien", "thanh", "dong", "ho", "luot", "ca"], StringComparer.Ordinal);

    private static readonly HashSet<string> PeopleWords = new(["nguoi", "ho", "luot"], StringComparer.Ordinal);

    private static readonly HashSet<string> PeoplePairs = new(
        ["hoc vien", "can bo", "dai bieu", "dang vien", "hoi vien", "cong chuc", "vien chuc", "thanh vien", "dong chi", "ca nhan", "hoc sinh"],
        StringComparer.Ordinal);

    // Positions right after "bao nhiêu" or "mấy" (typed with diacritics, or "may" without any in the question).
    private static IEnumerable<int> AskerAt(List<QueryToken> tokens)
    {
        var plain = tokens.All(t => string.Equals(t.Typed, t.Folded, StringComparison.Ordinal));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Folded == "bao" && i + 1 < tokens.Count && tokens[i + 1].Folded is "nhieu" or "nhiu")
            {
                yield return i + 2;
                i++;
            }
            else if (tokens[i].Typed == "mấy" || (plain && tokens[i].Folded == "may"))
            {
                yield return i + 1;
            }
        }
    }

    private static bool AsksCount(string question) => Clauses(question).Any(c => AskerAt(c).Any());

    // What each "bao nhiêu"/"mấy" counts: the head of the word right after it ("bao nhiêu mô hình" → mô, "mấy ngày"
    // → ngày), or when nothing follows in its clause the word right before it ("dân số là bao nhiêu", "lần thứ mấy").
    private static List<Unit> CountedUnits(string question)
    {
        var units = new List<Unit>();
        foreach (var clause in Clauses(question))
        {
            foreach (var start in AskerAt(clause))
            {
                if (start < clause.Count && !IsFunctionWord(clause[start]))
                {
                    units.Add(new Unit([clause[start].Folded], NumberAfter: false));
                    continue;
                }

                // "số mấy", "lần thứ mấy": a number or numeral right after "số"/"thứ" ("Kế hoạch số 05", "lần thứ XX").
                var asker = clause[start - 1].Folded == "may" ? 1 : 2;
                if (start - asker > 0 && clause[start - asker - 1].Folded is "so" or "thu" && clause[start - 1].Folded == "may")
                {
                    units.Add(new Unit([clause[start - asker - 1].Folded], NumberAfter: true));
                    continue;
                }

                // Before it, past function words ("dân số là bao nhiêu"): the number follows what it measures.
                var end = start - asker;
                while (end > 0 && IsFunctionWord(clause[end - 1]))
                {
                    end--;
                }

                var first = end;
                while (first > 0 && end - first < 2 && !IsFunctionWord(clause[first - 1]))
                {
                    first--;
                }

                if (first < end)
                {
                    units.Add(new Unit(clause.Skip(first).Take(end - first).Select(t => t.Folded).ToArray(), NumberAfter: true));
                }
            }
        }

        return units;
    }

    private static bool IsFunctionWord(QueryToken token) =>
        StopWords.IsStopWord(token.Typed, token.Folded) || char.IsDigit(token.Folded[0]);

    private static IEnumerable<List<QueryToken>> Clauses(string question) =>
        QueryBuilder.ClauseBreak().Split(question).Select(Tokenizer.TokenizeTyped).Where(c => c.Count > 0);

    /// <summary>What a count counts; <see cref="NumberAfter"/> when the number must follow it ("dân số 1,2 triệu").</summary>
    private sealed record Unit(string[] Syllables, bool NumberAfter);

    private static bool Contains(List<string> folded, string first, string second)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i] == first && folded[i + 1] == second)
            {
                return true;
            }
        }

        return false;
    }
}
