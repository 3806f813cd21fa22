
namespace DanVan.Core.Ingestion.Readers.Guards;

/// <summary>
/// Estimates how deeply a page's elements nest with one linear scan of its tags, before the HTML parser builds a
/// tree: the parser's time grows steeply with depth (100,000 levels ran past 30 s), while real articles nest a few
/// dozen levels. Elements whose end tag may be left out (p, li, td …), void elements and self-closing tags do not
/// count, so sloppy but ordinary markup is not mistaken for an attack.
/// </summary>
internal static class HtmlNestingGuard
{
    public const int MaxDepth = 1_000;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        // End tag optional: the parser closes them implicitly.
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
        "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>Throws <see cref="DocumentFormatException"/> when open elements nest deeper than <see cref="MaxDepth"/>.</summary>
    public static void Check(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!DOCTYPE", "<?xml", or a lone "<" in text.
                i++;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                return;
            }

            if (closing)
            {
                if (depth > 0 && !NotNesting.Contains(name))
                {
                    depth--;
                }
            }
            else if (RawText.Contains(name))
            {
                i = SkipPast(html, tagEnd + 1, "</" + name);
                continue;
            }
            else if (html[tagEnd - 1] != '/' && !NotNesting.Contains(name) && ++depth > MaxDepth)
            {
                throw new DocumentFormatException(
                    $"Trang web bị từ chối: thẻ HTML lồng nhau quá {MaxDepth} cấp (trang bất thường hoặc độc hại). " +
                    "Hãy lưu lại trang từ trình duyệt hoặc gửi nội dung dưới dạng .docx/.txt.");
            }

            i = tagEnd + 1;
        }
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
