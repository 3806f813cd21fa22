using AngleSharp.Dom;

namespace DanVan.Core.Ingestion.Readers.Html;

/// <summary>
/// Recognises page furniture in news and portal pages: navigation, share buttons, view counters, comment boxes,
/// related-article lists, footers. Judged by tag, ARIA role and class/id words (English and Vietnamese slugs).
/// </summary>
internal static class HtmlJunk
{
    /// <summary>Tags that never hold article text, removed everywhere before anything else.</summary>
    public const string NeverContentSelector =
        "script, style, noscript, template, iframe, frame, frameset, object, embed, svg, canvas, button, select, " +
        "input, textarea, dialog, [hidden], [aria-hidden='true']";

    private static readonly string[] PageChromeTags = ["nav", "aside", "footer", "menu"];
    private static readonly string[] JunkRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"];

    private static readonly string[] JunkSubstrings =
    [
        "share", "sharing", "social", "comment", "footer", "menu", "breadcrumb", "related", "counter", "sidebar",
        "advert", "banner", "cookie", "popup", "subscribe", "newsletter", "toolbar", "pagination", "d-none",
        "luot-xem", "luotxem", "binh-luan", "binhluan", "chia-se", "chiase", "lien-quan", "lienquan", "tin-khac",
        "tinkhac", "dang-nhap", "print-",
    ];

    private static readonly char[] WordSeparators = [' ', '-', '_', '.', ':', '\t', '\n'];

    /// <summary>True for an element whose whole subtree is page furniture. Structural roots (body, main, article) never are.</summary>
    public static bool IsJunk(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "html" or "body" or "main" or "article")
        {
            return false;
        }

        if (PageChromeTags.Contains(tag))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && JunkRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }

        var names = $"{element.ClassName} {element.Id}".ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(names))
        {
            return false;
        }

        if (JunkSubstrings.Any(s => names.Contains(s, StringComparison.Ordinal)))
        {
            return true;
        }

        // Short words are matched as whole class words (or prefixes) so "preview" or "canvas" do not count.
        foreach (var word in names.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("nav", StringComparison.Ordinal) || word.StartsWith("view", StringComparison.Ordinal)
                || word is "ads" or "ad" or "advertisement" or "tags" or "tag" or "print" or "hidden" or "rating" or "vote")
            {
                return true;
            }
        }

        return false;
    }
}
