using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Core.Courses;

/// <summary>
/// Finds dates in Vietnamese news prose: "Sáng 30/3", "ngày 6/2/2017", "từ ngày 1 đến ngày 3/11", "(27 -29/8)",
/// "ngày 5 tháng 6 năm 2024", "tháng 6-2016". Document numbers such as "16/2016/CT-TTg" or "60/CP" are not dates.
/// Input is expected NFC-normalized with dashes folded to '-' (see <see cref="Normalize"/>).
/// </summary>
internal static partial class DateMentionFinder
{
    private static readonly string[] NumberWords = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    /// <summary>NFC, non-breaking spaces to spaces, en/em dashes to hyphens; lengths are preserved.</summary>
    public static string Normalize(string text) =>
        text.Normalize(System.Text.NormalizationForm.FormC)
            .Replace('\u00A0', ' ').Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-');

    /// <summary>All valid date mentions in reading order; where patterns overlap the more specific one wins.</summary>
    public static IReadOnlyList<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        foreach (Match m in FromToRange().Matches(text))
        {
            var endMonth = Number(m, "m2")!.Value;
            var endYear = Number(m, "y2");
            var startMonth = Number(m, "m1") ?? endMonth;
            var startYear = Number(m, "y1") ?? (endYear is { } y && startMonth > endMonth ? y - 1 : endYear);
            Add(found, new DateMention(m.Index, m.Length, Number(m, "d1"), startMonth, startYear, Number(m, "d2"), endMonth, endYear));
        }

        foreach (Match m in DashRange().Matches(text))
        {
            var endMonth = Number(m, "m2")!.Value;
            var endYear = Number(m, "y2");
            var startMonth = Number(m, "m1") ?? endMonth;
            var startYear = endYear is { } y && startMonth > endMonth ? y - 1 : endYear;
            Add(found, new DateMention(m.Index, m.Length, Number(m, "d1"), startMonth, startYear, Number(m, "d2"), endMonth, endYear));
        }

        foreach (Match m in WordsDate().Matches(text))
        {
            Add(found, new DateMention(m.Index, m.Length, Number(m, "d"), Number(m, "m")!.Value, Number(m, "y")));
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            Add(found, new DateMention(m.Index, m.Length, Number(m, "d"), Number(m, "m")!.Value, Number(m, "y")));
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            Add(found, new DateMention(m.Index, m.Length, null, Number(m, "m")!.Value, Number(m, "y")));
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>"trong 3 ngày", "kéo dài hai ngày": the number of days, or null.</summary>
    public static int? FindDurationDays(string text)
    {
        var m = Duration().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var word = m.Groups["n"].Value.ToLower(CultureInfo.InvariantCulture);
        var index = Array.IndexOf(NumberWords, word);
        var days = index >= 0 ? index + 1 : int.Parse(word, CultureInfo.InvariantCulture);
        return days is >= 1 and <= 60 ? days : null;
    }

    /// <summary>The first "năm 2019" in the text (years 1990–2099), or null.</summary>
    public static int? FindYearWord(string text)
    {
        var m = YearWord().Match(text);
        return m.Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static void Add(List<DateMention> found, DateMention mention)
    {
        if (!IsValid(mention.Day, mention.Month, mention.Year)
            || (mention.HasEnd && !IsValid(mention.EndDay, mention.EndMonth!.Value, mention.EndYear)))
        {
            return;
        }

        foreach (var other in found)
        {
            if (mention.Index < other.Index + other.Length && other.Index < mention.Index + mention.Length)
            {
                return;
            }
        }

        found.Add(mention);
    }

    private static bool IsValid(int? day, int month, int? year)
    {
        if (month is < 1 or > 12 || year is < 1990 or > 2099)
        {
            return false;
        }

        var daysInMonth = year is { } y ? DateTime.DaysInMonth(y, month) : DateTime.DaysInMonth(2024, month);
        return day is null || (day >= 1 && day <= daysInMonth);
    }

    private static int? Number(Match match, string group)
    {
        var g = match.Groups[group];
        return g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;
    }

    // "từ ngày 1 đến ngày 3/11", "từ 27/8 đến hết ngày 29/8/2013"
    [GeneratedRegex(@"(?<![\p{L}\d])từ\s+(?:ngày\s+)?(?<d1>\d{1,2})(?:\s*/\s*(?<m1>\d{1,2})(?:\s*/\s*(?<y1>\d{4}))?)?\s*(?:,\s*)?(?:đến|tới|-)\s*(?:hết\s+)?(?:ngày\s+)?(?<d2>\d{1,2})\s*/\s*(?<m2>\d{1,2})(?:\s*/\s*(?<y2>\d{4}))?(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex FromToRange();

    // "(27 -29/8)", "27-29/8/2013", "30/11 - 2/12"
    [GeneratedRegex(@"(?<![\d/\p{L}-])(?<d1>\d{1,2})(?:\s*/\s*(?<m1>\d{1,2}))?\s*-\s*(?<d2>\d{1,2})\s*/\s*(?<m2>\d{1,2})(?:\s*/\s*(?<y2>\d{4}))?(?![\d/])")]
    private static partial Regex DashRange();

    // "ngày 5 tháng 6 năm 2024", "ngày 5 tháng 6"
    [GeneratedRegex(@"(?<![\p{L}\d])ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?<y>\d{4}))?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex WordsDate();

    // "30/3", "6/2/2017", "6-2-2017", "6.2.2017" (day first); "16/2016/CT-TTg" and "60/CP" are rejected.
    [GeneratedRegex(@"(?<![\d/.\-\p{L}])(?<d>\d{1,2})(?:\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4}))?|-(?<m>\d{1,2})-(?<y>\d{4})|\.(?<m>\d{1,2})\.(?<y>\d{4}))(?![\d/\p{L}]|-\d|\.\d)")]
    private static partial Regex NumericDate();

    // "tháng 6-2016", "tháng 6/2016", "tháng 6 năm 2016"
    [GeneratedRegex(@"(?<![\p{L}\d])tháng\s+(?<m>\d{1,2})\s*(?:[-/]\s*|\s+năm\s+)(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:trong|kéo dài|diễn ra trong)\s+(?<n>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+ngày(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![\p{L}\d])năm\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearWord();
}
