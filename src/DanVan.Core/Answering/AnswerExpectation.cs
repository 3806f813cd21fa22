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
    // Folded words that say how often or how long, which answer "bao lâu" and "khi nào" without a digit.
    private static readonly HashSet<string> PeriodWords = new(["hang", "dinh", "moi", "thuong", "sau", "truoc"], StringComparer.Ordinal);

    private readonly IReadOnlyList<Unit> _units;

    private readonly IReadOnlyList<Expected> _kinds;

    private readonly IReadOnlyList<string[]> _focus;

    private readonly IReadOnlyList<Office> _offices;

    private readonly bool _current;

    private readonly IReadOnlyList<string> _years;

    private readonly HashSet<string> _articles;

    private readonly IReadOnlyList<Regex> _localities;

    private readonly (string[] Speaker, string[] Topic)? _attribution;

    private AnswerExpectation(IReadOnlyList<Expected> kinds, IReadOnlyList<Unit> units, IReadOnlyList<string[]> focus, IReadOnlyList<Office> offices, bool current, IReadOnlyList<string> years, HashSet<string> articles, IReadOnlyList<Regex> localities,
        (string[] Speaker, string[] Topic)? attribution)
    {
        _years = years;
        _articles = articles;
        _localities = localities;
        _attribution = attribution;
        _kinds = kinds;
        _units = units;
        _focus = focus;
        _offices = offices;
        _current = current;
    }

    private enum Expected
    {
        Count,
        Time,
        Year,
        Day,
        Person,
        Venue,
        Name,
        Locality,
    }

    /// <summary>True when only some sentences can answer (a count, a time, a person).</summary>
    public bool IsSpecific => _kinds.Count > 0;

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearNumber();

    // A day: "1/11", "27-29/8", "20 – 22/10", "1/11/2019", "6-2016" is not one; "ngày 15", "mùng 2", "ngày 3/11".
    [GeneratedRegex(@"(?i:\b(ngày|mùng|hôm)\s+)?\b\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\b\d{1,2}\s*-\s*\d{1,2}\b|(?i:\b(ngày|mùng|hôm)\s+\d{1,2}\b)")]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"\b[IVXL]{1,7}\b")]
    private static partial Regex Roman();

    // A venue: "tại Hội trường …", "ở Trường Chính trị tỉnh", "tại trụ sở …", "tại 8 điểm cầu", "trực tuyến".
    [GeneratedRegex(@"\b(tại|ở)\s+(\p{Lu}|(?i:hội trường|trụ sở|nhà văn hóa|nhà văn hoá|trung tâm|trường|khách sạn|phòng họp|điểm cầu|\d+\s+điểm cầu|xã|phường|huyện|thôn|bản))|(?i:\btrực tuyến\b)")]
    private static partial Regex VenueWords();

    [GeneratedRegex(@"\d\s*%|phần trăm", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

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

        // "ở đâu", "địa điểm", "ở hội trường nào": a place named after "tại"/"ở" ("tại Hội trường Tỉnh ủy"); "tỉnh nào"
        // is met by the province.
        if (Contains(folded, "o", "dau") || Contains(folded, "tai", "dau") || Contains(folded, "dia", "diem") || Contains(folded, "noi", "nao")
            || AsksVenue(folded))
        {
            kinds.Add(Expected.Venue);
        }

        var localities = AskedLocalities(tokens);
        if (localities.Count > 0)
        {
            kinds.Add(Expected.Locality);
        }

        // Who, whatever else the question asks ("báo cáo viên là ai, giảng viên ở đâu"); "tên là gì" wants the name itself.
        var asksPerson = kind == QuestionKind.Person || AsksPerson(tokens);
        var offices = new List<Office>();
        if (asksPerson)
        {
            kinds.Add(Contains(folded, "ten", "gi") || Contains(folded, "ten", "la") || Contains(folded, "ho", "ten") ? Expected.Name : Expected.Person);
            offices = AskedOffices(Expanded(tokens));
        }

        // "hiện nay", "hiện tại", "đương nhiệm": a former holder ("nguyên Trưởng ban") is not the one asked about.
        var current = Contains(folded, "hien", "nay") || Contains(folded, "hien", "tai") || Contains(folded, "duong", "nhiem");
        var focus = Clauses(question).SelectMany(c => TimeAskerStarts(c).Select(a => FocusBefore(c, a))).OfType<string[]>().ToList();
        var years = YearNumber().Matches(question).Select(m => m.Value).Distinct().ToList();
        var articles = ArticleNumber().Matches(question).Select(m => m.Groups["n"].Value.TrimStart('0')).ToHashSet(StringComparer.Ordinal);
        return new AnswerExpectation(kinds, units, focus, offices, current, years, articles, localities, Attribution(question));
    }

    // The clause with abbreviations typed without diacritics written out ("TXCT" → tiếp xúc cử tri, "BDVTU" → Ban Dân
    // vận Tỉnh ủy); one with several readings ("CQ") becomes a function word, which nothing hangs on.
    private static List<QueryToken> Expanded(List<QueryToken> clause)
    {
        var folded = clause.Select(t => t.Folded).ToList();
        var result = new List<QueryToken>(clause.Count + 4);
        for (var i = 0; i < clause.Count; i++)
        {
            if (!Abbreviations.IsTypedAsAbbreviation(clause[i]) || Abbreviations.Readings(folded, i, out var length) is not { } readings)
            {
                result.Add(clause[i]);
                continue;
            }

            result.AddRange(readings.Length == 1 ? readings[0].Split(' ').Select(w => new QueryToken(w, w)) : [new QueryToken("và", "va")]);
            i += length - 1;
        }

        return result;
    }

    /// <summary>True when <paramref name="sentence"/> holds the kind of fact the question asks for (any, if it asks several).</summary>
    public bool IsMetBy(string sentence) => _kinds.Count == 0 || KindsMetBy(sentence) != 0;

    /// <summary>All the kinds of fact the question asks for, one bit each (0 for a question asking for none).</summary>
    public int AllKinds => _kinds.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));

    /// <summary>Which of the kinds of fact asked the sentence holds, one bit each as in <see cref="AllKinds"/>.</summary>
    public int KindsMetBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mask = 0;
        foreach (var kind in _kinds)
        {
            if (IsMetBy(kind, sentence))
            {
                mask |= 1 << (int)kind;
            }
        }

        return mask != 0 && IsAboutOtherYear(sentence) ? 0 : mask;
    }

    private bool IsMetBy(Expected kind, string sentence) =>
        kind switch
        {
            Expected.Count => HoldsCount(sentence),
            Expected.Time => Digit().IsMatch(sentence) || Tokenizer.Tokenize(sentence).Any(PeriodWords.Contains),
            Expected.Year => YearNumber().IsMatch(sentence),
            Expected.Day => DayNumber().IsMatch(sentence) || Tokenizer.Tokenize(sentence).Any(PeriodWords.Contains),
            Expected.Person => PersonWords().IsMatch(sentence) && HoldsOffice(sentence),
            Expected.Venue => VenueWords().IsMatch(sentence),
            Expected.Name => PersonName().IsMatch(sentence) && HoldsOffice(sentence),
            Expected.Locality => _localities.Any(l => l.IsMatch(sentence)),
            _ => true,
        };

    private static bool IsFunctionWord(QueryToken token) =>
        StopWords.IsStopWord(token.Typed, token.Folded) || char.IsDigit(token.Folded[0]);

    // The question's clauses, abbreviations written out ("bao nhiêu HV" counts học viên), "%" read as "phần trăm".
    private static IEnumerable<List<QueryToken>> Clauses(string question) =>
        QueryBuilder.ClauseBreak().Split(question.Replace("%", " phần trăm ", StringComparison.Ordinal))
            .Select(c => Expanded(Tokenizer.TokenizeTyped(c))).Where(c => c.Count > 0);

    private static bool Contains(List<string> folded, string first, string second) => TokenSequence.Contains(folded, [first, second]);
}
