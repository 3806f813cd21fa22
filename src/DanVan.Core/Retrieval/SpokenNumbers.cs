using System.Globalization;
using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Reads numbers a question says in words as the digits the materials write (data: <c>spokenNumbers</c> of
/// <c>Text/words.json</c>): a year after a year word, said digit by digit or as a cardinal ("năm hai không mười sáu",
/// "năm hai nghìn không trăm hai mươi hai": năm 2016, năm 2022), read only when it makes a year from 1900 to 2099; a
/// small ordinal after a word that numbers a round or a meeting ("đợt hai", "lần thứ ba": đợt 2, lần thứ 3); and, after
/// a word the materials number in Roman numerals, the number as that numeral when the index holds it ("đại hội 13",
/// "đại hội mười ba": đại hội XIII). A word typed without diacritics matches its folded spelling ("muoi" is mười at the
/// head of a pair of digits, mươi after a digit). It runs in <see cref="QuestionSpelling.Correct"/> after
/// <see cref="SpokenForms"/>, so search, the kind of fact asked and what the question names all see the number.
/// </summary>
public static class SpokenNumbers
{
    private const int FirstYear = 1900;
    private const int LastYear = 2099;
    private const int LongestYear = 9;
    private const int LargestOrdinal = 99;
    private const int SmallestRoman = 10;
    private const int LargestRoman = 39;

    private enum Kind { None, Digit, Ten, Tens, TenOrTens, Hundred, Thousand }

    /// <summary>The question with its spoken numbers in digits (the text itself when it has none).</summary>
    public static string Standard(string question, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var table = Table.Of(WordLists.Current.SpokenNumbers);
        var words = QuestionSpelling.Words(question);
        StringBuilder? builder = null;
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (Reading(question, words, i, table, vocabulary) is not { } reading)
            {
                continue;
            }

            builder ??= new StringBuilder(question.Length);
            builder.Append(question, position, words[reading.At].Start - position).Append(reading.Text);
            position = words[reading.At + reading.Count - 1].End;
            i = reading.At + reading.Count - 1;
        }

        return builder is null ? question : builder.Append(question, position, question.Length - position).ToString();
    }

    private static (int At, int Count, string Text)? Reading(string question, List<QuestionSpelling.Word> words, int i, Table table, Vocabulary vocabulary)
    {
        if (Table.Lead(question, words, i, table.YearLeads) is { } yearLead)
        {
            var at = i + yearLead;
            for (var n = Run(question, words, at, table, LongestYear); n >= 2; n--)
            {
                if (Year(words, at, n, table) is { } year)
                {
                    return (at, n, year.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        var ordinalLead = Table.Lead(question, words, i, table.OrdinalLeads);
        var romanLead = Table.Lead(question, words, i, table.RomanLeads);
        if (ordinalLead is null && romanLead is null)
        {
            return null;
        }

        var start = i + Math.Max(ordinalLead ?? 0, romanLead ?? 0);
        if (start >= words.Count || !Adjacent(question, words, start - 1))
        {
            return null;
        }

        (int Count, int Value)? number = words[start].Text.All(char.IsAsciiDigit) && words[start].Text.Length <= 2
            ? (1, int.Parse(words[start].Text, CultureInfo.InvariantCulture))
            : null;
        if (number is null && ordinalLead is not null)
        {
            for (var n = Run(question, words, start, table, 3); n >= 1 && number is null; n--)
            {
                if (Small(words, start, n, table) is { } value && table.MayBeOrdinal(words, start, n)
                    && !(start + n < words.Count && words[start + n].Text.All(char.IsAsciiDigit)))
                {
                    number = (n, value);
                }
            }
        }

        if (number is not { } found || found.Value is < 1 or > LargestOrdinal)
        {
            return null;
        }

        var roman = Roman(found.Value);
        if (romanLead is not null && found.Value is >= SmallestRoman and <= LargestRoman && vocabulary.Contains(roman.ToLowerInvariant()))
        {
            return (start, found.Count, roman);
        }

        return ordinalLead is not null && !words[start].Text.All(char.IsAsciiDigit)
            ? (start, found.Count, found.Value.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    // How many number words, at most `limit`, follow from `at` with nothing but spaces between them (bounded, so a line
    // of thousands of number words costs linear time).
    private static int Run(string question, List<QuestionSpelling.Word> words, int at, Table table, int limit)
    {
        var n = 0;
        while (n < limit && at + n < words.Count && table.KindOf(words[at + n]) != Kind.None && (n == 0 || Adjacent(question, words, at + n - 1)))
        {
            n++;
        }

        return n;
    }

    private static bool Adjacent(string question, List<QuestionSpelling.Word> words, int k) =>
        k + 1 < words.Count && question.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Trim().Length == 0;

    // A year said digit by digit ("hai không mười sáu", "hai không hai hai") or as a cardinal with a thousand ("hai
    // nghìn không trăm hai mươi hai"), or null.
    private static int? Year(List<QuestionSpelling.Word> words, int at, int n, Table table)
    {
        var kinds = Enumerable.Range(at, n).Select(k => table.KindOf(words[k])).ToList();
        var values = Enumerable.Range(at, n).Select(k => table.ValueOf(words[k])).ToList();
        var value = kinds.Contains(Kind.Thousand) ? Cardinal(kinds, values)
            : Digits(kinds, values, Enumerable.Range(at, n).Select(k => table.IsUnitOnly(words[k])).ToList()) is { Length: 4 } digits ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
        return value is >= FirstYear and <= LastYear ? value : null;
    }

    // A small number: a digit, "mười" with or without a digit, or a digit "mươi" with or without a digit.
    private static int? Small(List<QuestionSpelling.Word> words, int at, int n, Table table)
    {
        var kinds = Enumerable.Range(at, n).Select(k => table.KindOf(words[k])).ToList();
        var values = Enumerable.Range(at, n).Select(k => table.ValueOf(words[k])).ToList();
        if (kinds[0] == Kind.Digit && values[0] == 0)
        {
            return null;
        }

        return Digits(kinds, values, Enumerable.Range(at, n).Select(k => table.IsUnitOnly(words[k])).ToList()) is { Length: <= 2 } digits && (n == 1 || kinds.Any(k => k is Kind.Ten or Kind.Tens or Kind.TenOrTens))
            ? int.Parse(digits, CultureInfo.InvariantCulture)
            : null;
    }

    // Digit words in a row, each pair "mười d" (1d) or "d mươi e" (de), as the digits they spell; null when the words
    // are no such row (or a digit said only after ten stands alone: "lăm", "mốt").
    private static string? Digits(List<Kind> kinds, List<int> values, List<bool> unitOnly)
    {
        var digits = new StringBuilder();
        var k = 0;
        while (k < kinds.Count)
        {
            var nextIsDigit = k + 1 < kinds.Count && kinds[k + 1] == Kind.Digit && values[k + 1] > 0;
            if (kinds[k] is Kind.Ten or Kind.TenOrTens)
            {
                digits.Append('1').Append(nextIsDigit ? values[k + 1] : 0);
                k += nextIsDigit ? 2 : 1;
            }
            else if (kinds[k] == Kind.Digit && k + 1 < kinds.Count && kinds[k + 1] is Kind.Tens or Kind.TenOrTens && values[k] > 1)
            {
                var unit = k + 2 < kinds.Count && kinds[k + 2] == Kind.Digit && values[k + 2] > 0;
                digits.Append(values[k]).Append(unit ? values[k + 2] : 0);
                k += unit ? 3 : 2;
            }
            else if (kinds[k] == Kind.Digit && !unitOnly[k])
            {
                digits.Append(values[k]);
                k++;
            }
            else
            {
                return null;
            }
        }

        return digits.ToString();
    }

    // A cardinal with thousands, hundreds and tens ("hai nghìn mười sáu", "hai ngàn lẻ năm").
    private static int? Cardinal(List<Kind> kinds, List<int> values)
    {
        int total = 0, group = 0, pending = 0;
        for (var k = 0; k < kinds.Count; k++)
        {
            switch (kinds[k])
            {
                case Kind.Digit:
                    pending = values[k];
                    break;
                case Kind.Hundred:
                    group += pending * 100;
                    pending = 0;
                    break;
                case Kind.Tens:
                case Kind.TenOrTens when k > 0 && kinds[k - 1] == Kind.Digit && values[k - 1] > 1:
                    group += pending * 10;
                    pending = 0;
                    break;
                case Kind.Ten:
                case Kind.TenOrTens:
                    group += 10;
                    break;
                case Kind.Thousand:
                    total += (group + pending) * 1000;
                    group = pending = 0;
                    break;
                default:
                    return null;
            }
        }

        return total + group + pending;
    }

    private static string Roman(int value)
    {
        var text = new StringBuilder();
        foreach (var (amount, letters) in new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; value >= amount; value -= amount)
            {
                text.Append(letters);
            }
        }

        return text.ToString();
    }

    // The data as lookups by the word as typed (lower case) and by its folded spelling.
    private sealed class Table
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SpokenNumberData, Table> Cache = new();

        private readonly Dictionary<string, (Kind Kind, int Value)> _typed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (Kind Kind, int Value)> _folded = new(StringComparer.Ordinal);
        private readonly HashSet<string> _unitsOnly;
        private readonly HashSet<string> _plainOrdinals;
        private readonly HashSet<string> _yearWords;

        private Table(SpokenNumberData data)
        {
            foreach (var (word, value) in data.Digits)
            {
                Add(word, Kind.Digit, value);
            }

            foreach (var (list, kind) in new[] { (data.Ten, Kind.Ten), (data.Tens, Kind.Tens), (data.Hundred, Kind.Hundred), (data.Thousand, Kind.Thousand) })
            {
                foreach (var word in list)
                {
                    Add(word, kind, 0);
                }
            }

            _unitsOnly = [.. data.UnitsOnly.Select(w => VietnameseText.Normalize(w).Trim().ToLowerInvariant())];
            _plainOrdinals = [.. data.PlainOrdinals.Select(w => string.Concat(Tokenizer.Tokenize(w)))];
            _yearWords = [.. data.YearLeads.Select(w => VietnameseText.Normalize(w).Trim().ToLowerInvariant())];
            YearLeads = Phrases(data.YearLeads);
            OrdinalLeads = Phrases(data.OrdinalLeads);
            RomanLeads = Phrases(data.RomanLeads);
        }

        public List<(string[] Typed, string[] Folded)> YearLeads { get; }

        public List<(string[] Typed, string[] Folded)> OrdinalLeads { get; }

        public List<(string[] Typed, string[] Folded)> RomanLeads { get; }

        public static Table Of(SpokenNumberData data) => Cache.GetValue(data, d => new Table(d));

        public Kind KindOf(QuestionSpelling.Word word) => Entry(word).Kind;

        public int ValueOf(QuestionSpelling.Word word) => Entry(word).Value;

        // Typed without diacritics, a digit word said only after ten ("lam": lăm after ten, làm alone); with them, any
        // digit word may stand alone in a year ("một chín chín lăm", "hai không hai mốt").
        public bool IsUnitOnly(QuestionSpelling.Word word)
        {
            var lower = VietnameseText.Normalize(word.Text).ToLowerInvariant();
            return (lower == word.Folded && _unitsOnly.Any(u => string.Concat(Tokenizer.Tokenize(u)) == word.Folded && !_typed.Keys.Any(t => t != u && !_unitsOnly.Contains(t) && string.Concat(Tokenizer.Tokenize(t)) == word.Folded)));
        }

        // Words that may give an ordinal: not the year word alone ("khóa năm 2013"); typed plain, only digit words no
        // other common word folds like ("dot hai", not "dot sau", the next round).
        public bool MayBeOrdinal(List<QuestionSpelling.Word> words, int at, int n)
        {
            if (n == 1 && _yearWords.Contains(VietnameseText.Normalize(words[at].Text).ToLowerInvariant()))
            {
                return false;
            }

            return Enumerable.Range(at, n).All(k =>
                !string.Equals(VietnameseText.Normalize(words[k].Text), words[k].Folded, StringComparison.OrdinalIgnoreCase)
                || _plainOrdinals.Contains(words[k].Folded) || KindOf(words[k]) is Kind.Tens or Kind.TenOrTens);
        }

        // How many words of a lead phrase begin at `at` (the longest), or null.
        public static int? Lead(string question, List<QuestionSpelling.Word> words, int at, List<(string[] Typed, string[] Folded)> leads)
        {
            int? longest = null;
            foreach (var (typed, folded) in leads)
            {
                if (at + typed.Length <= words.Count && (longest is null || typed.Length > longest)
                    && Enumerable.Range(0, typed.Length).All(k => Same(words[at + k], typed[k], folded[k]) && (k == 0 || Adjacent(question, words, at + k - 1))))
                {
                    longest = typed.Length;
                }
            }

            return longest;
        }

        private static bool Same(QuestionSpelling.Word word, string typed, string folded)
        {
            var lower = VietnameseText.Normalize(word.Text).ToLowerInvariant();
            return lower == typed || (lower == word.Folded && word.Folded == folded);
        }

        private static List<(string[] Typed, string[] Folded)> Phrases(IEnumerable<string> phrases) =>
            [.. phrases.Select(p => VietnameseText.Normalize(p).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(p => p.Length > 0)
                .Select(p => (p, p.Select(w => string.Concat(Tokenizer.Tokenize(w))).ToArray()))];

        private (Kind Kind, int Value) Entry(QuestionSpelling.Word word)
        {
            var lower = VietnameseText.Normalize(word.Text).ToLowerInvariant();
            if (_typed.TryGetValue(lower, out var entry))
            {
                return entry;
            }

            return lower == word.Folded && _folded.TryGetValue(word.Folded, out entry) ? entry : (Kind.None, 0);
        }

        private void Add(string word, Kind kind, int value)
        {
            var typed = VietnameseText.Normalize(word).Trim().ToLowerInvariant();
            _typed[typed] = (kind, value);
            var folded = string.Concat(Tokenizer.Tokenize(typed));
            _folded[folded] = _folded.TryGetValue(folded, out var other) && other.Kind != kind
                ? (other.Kind is Kind.Ten or Kind.Tens && kind is Kind.Ten or Kind.Tens ? Kind.TenOrTens : other.Kind, other.Value)
                : (kind, value);
        }
    }
}
