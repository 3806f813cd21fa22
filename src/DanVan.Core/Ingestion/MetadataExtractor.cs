using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Core.Documents;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Text;

namespace DanVan.Core.Ingestion;

/// <summary>
/// Derives title, source, publication date and province. Front matter wins; then what the text says: a dated source
/// line ("Nguồn: baobinhphuoc.com.vn, ngày 6/2/2017") over the page header's date, a lead "Sáng 30/3" completed
/// with the year the text names ("năm 2022"), a province from the newspaper's name when the body never names it.
/// </summary>
public static partial class MetadataExtractor
{
    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})")]
    private static partial Regex IsoDate();

    // A lead's time word, then the day and month, written "12/10", "12-10", "12.10" or "12 tháng 10", with or without a
    // year ("/2025", "năm 2025"). Each number is whole ((?!\d) after it), so "12/10/2025" can never be read as 12/1.
    [GeneratedRegex(@"^(?:\([^)]{1,30}\)\s*[-–—]?\s*)?(?:sáng|chiều|tối|trưa|ngày|hôm nay|đêm|hôm qua)\s*,?\s+(?:ngày\s+|mùng\s+)?(?<d>\d{1,2})(?!\d)(?:\s*[/.-]\s*|\s+tháng\s+)(?<m>\d{1,2})(?!\d)(?:(?:\s*[/.-]\s*|\s+năm\s+)(?<y>\d{4})(?!\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadDayMonth();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"năm\s+((?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearInText();

    [GeneratedRegex(@"(?:tổ chức|khai mạc|khai giảng|mở)\s+((?:lớp|hội nghị|hội thảo|khóa|khoá|chương trình|đợt)\s[^,;.:(]{5,80}?)(?=\s+(?:cho|tại|ở|với|từ|năm|nhằm|dành)\b|[,;.:(]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex EventPhrase();

    [GeneratedRegex(@"^nguồn\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePrefix();

    [GeneratedRegex(@"\(\s*theo\s+([^()]+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex TheoSource();

    /// <summary>Extracts metadata; removes a leading headline paragraph from <paramref name="cleaned"/> when it becomes the title.</summary>
    public static DocumentMetadata Extract(ParsedDocument parsed, CleanedDocument cleaned, string fileName)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(cleaned);
        var meta = parsed.Metadata;

        var knownTitle = Clean(meta.GetValueOrDefault("title")) ?? Clean(parsed.Title) ?? TakeHeadline(cleaned);
        var source = Clean(meta.GetValueOrDefault("source")) ?? SourceFromLines(cleaned);
        var province = Clean(meta.GetValueOrDefault("province"))
            ?? Provinces.FromSource(source)
            ?? Provinces.FromSource(cleaned.LeadTag)
            ?? Provinces.MostMentioned(knownTitle)
            ?? Provinces.MostMentioned(cleaned.Blocks.SelectMany(b => PassageCutter.Cut(b.Text, 64 * 1024)));
        var title = knownTitle ?? DeriveTitle(cleaned, province, fileName);
        if (string.Equals(cleaned.Blocks.FirstOrDefault()?.Text, title, StringComparison.Ordinal))
        {
            cleaned.Blocks.RemoveAt(0);
        }

        var published = ParseDate(meta.GetValueOrDefault("published") ?? meta.GetValueOrDefault("date")) ?? FindPublished(title, cleaned);
        return new DocumentMetadata(title, source, published, province);
    }

    /// <summary>Parses yyyy-mm-dd or d/m/yyyy; null when it is not a real date.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var iso = IsoDate().Match(text.Trim());
        if (iso.Success)
        {
            return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        }

        var full = FullDate().Match(text);
        if (full.Success)
        {
            return Make(full.Groups[3].Value, full.Groups[2].Value, full.Groups[1].Value);
        }

        var written = WrittenDate().Match(text);
        return written.Success ? Make(written.Groups[3].Value, written.Groups[2].Value, written.Groups[1].Value) : null;
    }

    /// <summary>
    /// The date a lead paragraph opens with ("Sáng 30/3, …", "Ngày 12/10/2025, …", "Sáng 5/6/2024", "Ngày 2 tháng 9
    /// năm 2024"): its own year when it gives one, else the year <paramref name="yearContext"/> names ("năm 2022");
    /// null when the paragraph does not open with a date or no year is known.
    /// </summary>
    public static DateOnly? LeadDate(string paragraph, string? yearContext)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var lead = LeadDayMonth().Match(paragraph);
        if (!lead.Success)
        {
            return null;
        }

        var year = lead.Groups["y"].Success ? lead.Groups["y"].Value : YearInText().Match(yearContext ?? string.Empty) is { Success: true } named ? named.Groups[1].Value : null;
        return year is null ? null : Make(year, lead.Groups["m"].Value, lead.Groups["d"].Value);
    }

    private static DateOnly? FindPublished(string title, CleanedDocument cleaned)
    {
        // 1. A dated source line is the article's own date.
        foreach (var line in cleaned.SourceLines)
        {
            if (ParseDate(line) is { } sourceDate)
            {
                return sourceDate;
            }
        }

        // 2. "Sáng 30/3, …" in the first paragraphs, with the year the text names.
        var paragraphs = cleaned.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Take(3).Select(b => b.Text).ToList();
        foreach (var paragraph in paragraphs)
        {
            if (LeadDayMonth().IsMatch(paragraph))
            {
                if (LeadDate(paragraph, title + " " + string.Join(' ', paragraphs)) is { } leadDate)
                {
                    return leadDate;
                }

                break;
            }
        }

        // 3. The page header's date, when nothing better exists.
        return cleaned.PageDateLines.Select(ParseDate).FirstOrDefault(d => d is not null);
    }

    private static string? SourceFromLines(CleanedDocument cleaned)
    {
        foreach (var line in cleaned.SourceLines)
        {
            var theo = TheoSource().Match(line);
            var value = theo.Success ? theo.Groups[1].Value : SourcePrefix().Replace(line, string.Empty);
            value = FullDate().Replace(value, string.Empty);
            value = value.Replace("ngày", string.Empty, StringComparison.OrdinalIgnoreCase).Trim(' ', ',', ';', '.', '-', '–');
            if (value.Length > 0)
            {
                // "báo Ninh Bình" → "Báo Ninh Bình"; a domain name stays as written.
                return value.StartsWith("báo ", StringComparison.Ordinal) ? "B" + value[1..] : value;
            }
        }

        return cleaned.LeadTag is { } tag && Provinces.FromSource(tag) is { } province && tag.Length <= 5
            ? $"Báo {province} ({tag})"
            : cleaned.LeadTag;
    }

    // A short first paragraph without sentence punctuation is the headline of a scraped article.
    private static string? TakeHeadline(CleanedDocument cleaned)
    {
        var first = cleaned.Blocks.FirstOrDefault();
        if (first is null || first.Kind is not (BlockKind.Paragraph or BlockKind.Heading))
        {
            return null;
        }

        var text = first.Text.Trim();
        if (text.Length > 200)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 3 and <= 35 && !text.EndsWith('.') && cleaned.Blocks.Count > 1 ? text : null;
    }

    // No title anywhere: the event the first sentence reports ("lớp bồi dưỡng nghiệp vụ công tác dân vận") with the
    // province, else the first sentence without its time lead, cut at a word boundary.
    private static string DeriveTitle(CleanedDocument cleaned, string? province, string fileName)
    {
        var first = cleaned.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph)?.Text;
        if (string.IsNullOrWhiteSpace(first))
        {
            return Path.GetFileNameWithoutExtension(fileName);
        }

        // Only the head is looked at: a document that is one giant paragraph must not be split whole for its first sentence.
        var head = TextCut.Truncate(first, 2000);
        var sentence = SentenceSplitter.Split(head).FirstOrDefault() ?? head;
        var evt = EventPhrase().Match(sentence);
        if (evt.Success)
        {
            var phrase = evt.Groups[1].Value.Trim();
            phrase = char.ToUpperInvariant(phrase[0]) + phrase[1..];
            return province is null ? phrase : $"{phrase} ({province})";
        }

        sentence = Regex.Replace(sentence, @"^(?:sáng|chiều|tối|trưa|ngày|hôm nay)\s+[\d/]+\s*,\s*", string.Empty, RegexOptions.IgnoreCase);
        const int Max = 90;
        if (sentence.Length <= Max)
        {
            return sentence.TrimEnd('.');
        }

        var cut = sentence.LastIndexOf(' ', Max);
        return sentence[..(cut > 40 ? cut : TextCut.BoundaryAtOrBefore(sentence, Max))].TrimEnd(',', ';', ' ') + "…";
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Make(string year, string month, string day) =>
        DateOnly.TryParseExact($"{int.Parse(year, CultureInfo.InvariantCulture):D4}-{int.Parse(month, CultureInfo.InvariantCulture):D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
