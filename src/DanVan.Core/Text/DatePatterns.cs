using System.Text.RegularExpressions;

namespace DanVan.Core.Text;

/// <summary>The grammar of Vietnamese dates and spans of days in running text (shared by answering).</summary>
public static partial class DatePatterns
{
    /// <summary>
    /// A month of a year written with a slash or dash: "3/2013", "12-2016", "3 / 2013" (groups <c>m</c>, <c>y</c>); not the
    /// end of a full date ("27/3/2013"), a decimal or a number glued to one before it ("1,3/2013").
    /// </summary>
    [GeneratedRegex(@"(?<![\d/.,-])(?<m>\d{1,2})\s*[/-]\s*(?<y>(?:19|20)\d{2})(?![\d/])")]
    public static partial Regex MonthOfYear();

    /// <summary>A day: "1/11", "27-29/8", "20 – 22/10", "1/11/2019", "ngày 15", "mùng 2", "ngày 3/11" ("6-2016" is none).</summary>
    [GeneratedRegex(@"(?i:\b(ngày|mùng|hôm)\s+)?\b\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\b\d{1,2}\s*-\s*\d{1,2}\b|(?i:\b(ngày|mùng|hôm)\s+\d{1,2}\b)")]
    public static partial Regex Day();

    /// <summary>A span of days: "từ ngày 1 đến ngày 3/11", "(27 – 29/8)".</summary>
    [GeneratedRegex(@"\b\d{1,2}\s*[–—-]\s*\d{1,2}\s*/\s*\d{1,2}\b|(?i:\btừ\s+(ngày\s+)?\d{1,2}(\s*/\s*\d{1,2})?\s+(đến|tới)\s+(hết\s+)?(ngày\s+)?\d{1,2}\s*/\s*\d{1,2})")]
    public static partial Regex DaySpan();

    /// <summary>A year of this or the last century.</summary>
    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    public static partial Regex Year();

    /// <summary>A span of years: "2021 – 2022", "2020-2025".</summary>
    [GeneratedRegex(@"\b(?:19|20)\d{2}\s*[–—-]\s*(?:19|20)\d{2}\b")]
    public static partial Regex YearSpan();

    /// <summary>A year within the first few words of a sentence: "Kết quả, năm 2016, …".</summary>
    [GeneratedRegex(@"^\W*(?:\w+\W+){0,5}?(19|20)\d{2}\b")]
    public static partial Regex OpeningYear();
}
