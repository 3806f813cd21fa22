using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Core.Ingestion.Readers.Shared;

namespace DanVan.Core.Ingestion.Readers.Html;

/// <summary>Reads the title and machine-readable metadata (Open Graph, article:*, pubdate, &lt;time&gt;) of a page.</summary>
internal static partial class HtmlMetadata
{
    private static readonly string[] PublishedKeys =
        ["article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "date", "og:published_time"];

    /// <summary>Reads metadata from &lt;head&gt; (call before the page is pruned). Keys: published (yyyy-MM-dd), source, author, url.</summary>
    public static Dictionary<string, string> ReadMeta(IHtmlDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = (element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop"))?.Trim().ToLowerInvariant();
            var value = element.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(value))
            {
                meta.TryAdd(key, TextNormalizer.Inline(value));
            }
        }

        return meta;
    }

    public static void Fill(ParsedDocument document, IHtmlDocument page, Dictionary<string, string> meta, IElement? content)
    {
        var siteName = meta.GetValueOrDefault("og:site_name");
        if (siteName is not null)
        {
            document.Metadata["source"] = siteName;
        }

        var author = meta.GetValueOrDefault("author") ?? meta.GetValueOrDefault("article:author");
        if (author is not null && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            document.Metadata["author"] = author;
        }

        var url = meta.GetValueOrDefault("og:url") ?? page.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        if (!string.IsNullOrWhiteSpace(url))
        {
            document.Metadata["url"] = url.Trim();
        }

        var published = FindPublished(page, meta, content);
        if (published is not null)
        {
            document.Metadata["published"] = published.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        document.Title = Title(page, meta, content, siteName);
    }

    /// <summary>og:title, else the first h1 of the article, else &lt;title&gt; without a trailing site name, else any h1.</summary>
    private static string? Title(IHtmlDocument page, Dictionary<string, string> meta, IElement? content, string? siteName)
    {
        var candidates = new[]
        {
            meta.GetValueOrDefault("og:title"),
            content?.QuerySelector("h1")?.TextContent,
            StripSiteName(page.QuerySelector("title")?.TextContent, siteName),
            page.QuerySelector("h1")?.TextContent,
        };
        return candidates.Select(c => c is null ? null : TextNormalizer.Inline(c)).FirstOrDefault(c => !string.IsNullOrEmpty(c));
    }

    private static string? StripSiteName(string? title, string? siteName)
    {
        if (title is null || siteName is null)
        {
            return title;
        }

        var trimmed = TextNormalizer.Inline(title);
        foreach (var separator in new[] { " - ", " | ", " – ", " — " })
        {
            var suffix = separator + siteName;
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && trimmed.Length > suffix.Length)
            {
                return trimmed[..^suffix.Length];
            }
        }

        return trimmed;
    }

    private static DateOnly? FindPublished(IHtmlDocument page, Dictionary<string, string> meta, IElement? content)
    {
        foreach (var key in PublishedKeys)
        {
            if (meta.TryGetValue(key, out var value) && ParseIsoDate(value) is { } date)
            {
                return date;
            }
        }

        // In order of trust: marked as the publication date, then the first dated element of the article, then of the page.
        var times = new[]
        {
            page.QuerySelector("[itemprop='datePublished'][datetime]"),
            page.QuerySelector("time[pubdate][datetime]"),
            content?.QuerySelector("time[datetime]"),
            page.QuerySelector("time[datetime]"),
        };
        return times.Select(t => ParseIsoDate(t?.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
    }

    /// <summary>The calendar date as written (yyyy-MM-dd or yyyy/MM/dd prefix), not converted between time zones.</summary>
    internal static DateOnly? ParseIsoDate(string? value)
    {
        var match = value is null ? Match.Empty : IsoDate().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();
}
