using System.Text.RegularExpressions;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

// Counts: "bao nhiêu X", "mấy X", "số mấy" — a number next to what it counts.
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

    [GeneratedRegex(@"\b\d{1,2}\s*[–—-]\s*\d{1,2}\s*/\s*\d{1,2}\b|(?i:\btừ\s+(ngày\s+)?\d{1,2}(\s*/\s*\d{1,2})?\s+(đến|tới)\s+(hết\s+)?(ngày\s+)?\d{1,2}\s*/\s*\d{1,2})")]
    private static partial Regex DaySpan();

    private bool HoldsCount(string sentence)
    {
        if (!MayHoldNumber.IsMatch(sentence))
        {
            return false;
        }

        // A span of days answers "mấy ngày": "từ ngày 1 đến ngày 3/11", "(27 – 29/8)".
        if (_units.Any(u => u.Syllables is ["ngay"]) && DaySpan().IsMatch(sentence))
        {
            return true;
        }

        // Otherwise dates are not counts: "(20 – 22/10), các học viên" says nothing about how many.
        sentence = DayNumber().Replace(sentence, " ; ");
        var romans = Roman().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var tokens = Tokenizer.TokenizeTyped(sentence);
        var numbers = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var typed = tokens[i].Typed;
            if ((char.IsDigit(typed[0]) || NumberWords.Contains(typed) || romans.Contains(typed)) && !IsQuantifier(tokens, i))
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

        var folded = tokens.Select(t => t.Folded).ToList();
        foreach (var unit in _units)
        {
            if (unit.Syllables[0] == "phan" && Percent().IsMatch(sentence))
            {
                return true;
            }

            for (var k = 0; k < tokens.Count; k++)
            {
                var after = k + unit.Syllables.Length - 1;
                if (SameUnit(unit, tokens, folded, k) &&
                    numbers.Any(n => (!unit.NumberAfter && k - n is > 0 and <= CountBefore) || (n - after is > 0 and <= CountAfter)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "một số cán bộ", "một vài", "một cách": "some", "a few", "a way" — no count.
    private static bool IsQuantifier(List<QueryToken> tokens, int at) =>
        tokens[at].Typed == "một" && at + 1 < tokens.Count && tokens[at + 1].Typed is "số" or "vài" or "cách" or "trong" or "khi" or "lúc";

    // Any word for people counts people: "bao nhiêu người" is answered by "170 học viên" or "800 cán bộ".
    private static bool SameUnit(Unit unit, List<QueryToken> tokens, List<string> folded, int at)
    {
        // Asked with diacritics, the written word must be the one asked: "căn nhà" folds like "cán bộ".
        if (TokenSequence.StartsAt(folded, at, unit.Syllables) && (unit.TypedHead is null || tokens[at].Typed == tokens[at].Folded
            || VietnameseText.SpellingKey(tokens[at].Typed, folded[at]) == VietnameseText.SpellingKey(unit.TypedHead, folded[at])))
        {
            return true;
        }

        if (unit.OtherNames.Any(other => TokenSequence.StartsAt(folded, at, other)))
        {
            // A unit's other names count it too: "bao nhiêu cây số" ← "12 km".
            return true;
        }

        var word = folded[at];
        return unit.CountsPeople && (PeopleWords.Contains(word) || (at + 1 < folded.Count && PeoplePairs.Contains(word + " " + folded[at + 1])));
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
                    units.Add(new Unit([clause[start].Folded], NumberAfter: false, IsPeopleHead(clause[start]),
                        clause[start].Typed == clause[start].Folded ? null : clause[start].Typed));

                    // The whole word too when it has other names ("cây số" ← "km").
                    if (start + 1 < clause.Count && Synonyms.Of(clause[start].Folded + " " + clause[start + 1].Folded).Count > 0)
                    {
                        units.Add(new Unit([clause[start].Folded, clause[start + 1].Folded], NumberAfter: false));
                    }

                    continue;
                }

                // "số mấy", "lần thứ mấy": a number or numeral right after "số"/"thứ" ("Kế hoạch số 05", "lần thứ XX"), or
                // after what is numbered ("chỉ thị số mấy" ← "Chỉ thị 18/2000/CT-TTg").
                var asker = clause[start - 1].Folded == "may" ? 1 : 2;
                if (start - asker > 0 && clause[start - asker - 1].Folded is "so" or "thu" && clause[start - 1].Folded == "may")
                {
                    var numbered = start - asker - 1;
                    units.Add(new Unit([clause[numbered].Folded], NumberAfter: true));
                    var head = numbered;
                    while (head > 0 && numbered - head < 2 && !IsFunctionWord(clause[head - 1]))
                    {
                        head--;
                    }

                    if (head < numbered)
                    {
                        units.Add(new Unit(clause.Skip(head).Take(numbered - head).Select(t => t.Folded).ToArray(), NumberAfter: true));
                    }

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

    /// <summary>
    /// What a count counts; <see cref="NumberAfter"/> when the number must follow it ("dân số 1,2 triệu");
    /// <see cref="CountsPeople"/> when it is a word for people, so that any other word for people will do.
    /// </summary>
    private sealed record Unit(string[] Syllables, bool NumberAfter, bool CountsPeople = false, string? TypedHead = null)
    {
        /// <summary>The unit's other names ("km" for "cây số"), as syllables.</summary>
        public string[][] OtherNames { get; } = Synonyms.Of(string.Join(' ', Syllables)).Select(o => o.Split(' ')).ToArray();
    }

    // The head of a word for people ("học" of học viên, "cán" of cán bộ), as typed: "căn nhà" folds like "cán bộ".
    private static bool IsPeopleHead(QueryToken token) =>
        People.Contains(token.Folded) && (token.Typed == token.Folded || PeopleTyped.Contains(token.Typed));

    private static readonly HashSet<string> PeopleTyped = new(
        ["người", "học", "cán", "đại", "đảng", "hội", "công", "viên", "thành", "đồng", "hộ", "lượt", "cá"], StringComparer.Ordinal);
}
