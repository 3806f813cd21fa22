using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// Finds the element that holds the article in a web page: &lt;article&gt;, [itemprop=articleBody], &lt;main&gt; when
/// they hold a fair share of the page's paragraph text, otherwise the element whose paragraphs hold the most text.
/// Then removes page furniture inside it.
/// </summary>
internal static class HtmlContentSelector
{
    private const int MinParagraphChars = 25;

    private static readonly string[] SemanticCandidates = ["article", "[itemprop='articleBody']", "main", "[role='main']"];

    public static IElement? SelectContent(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(HtmlJunk.NeverContentSelector).ToList())
        {
            element.Remove();
        }

        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        var scores = ScoreParagraphParents(body);
        var best = scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value).Key;
        var bestText = best is null ? 0 : scores[best];

        var root = ChooseSemantic(body, bestText) ?? best ?? body;
        RemoveJunkInside(root);
        return root;
    }

    /// <summary>A semantic container wins when it holds at least 40% as much paragraph text as the best-scoring element.</summary>
    private static IElement? ChooseSemantic(IElement body, int bestText)
    {
        foreach (var selector in SemanticCandidates)
        {
            IElement? chosen = null;
            var chosenText = 0;
            foreach (var candidate in body.QuerySelectorAll(selector).Where(e => !HtmlJunk.IsInJunk(e, body)))
            {
                var text = ParagraphText(candidate);
                if (text > chosenText)
                {
                    (chosen, chosenText) = (candidate, text);
                }
            }

            if (chosen is not null && chosenText * 10 >= bestText * 4)
            {
                return chosen;
            }
        }

        return null;
    }

    /// <summary>Each paragraph's text counts fully for its parent and half for its grandparent (paragraphs in furniture do not count).</summary>
    private static Dictionary<IElement, int> ScoreParagraphParents(IElement body)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in ParagraphLike(body))
        {
            var length = paragraph.TextContent.Trim().Length;
            if (length < MinParagraphChars || HtmlJunk.IsInJunk(paragraph, body))
            {
                continue;
            }

            var parent = paragraph.ParentElement;
            if (parent is null)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent && parent != body)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2);
            }
        }

        return scores;
    }

    private static int ParagraphText(IElement container) =>
        ParagraphLike(container)
            .Where(p => !HtmlJunk.IsInJunk(p, container))
            .Sum(p => p.TextContent.Trim().Length is var n && n >= MinParagraphChars ? n : 0);

    /// <summary>&lt;p&gt; elements, plus text-only &lt;div&gt;s, which many Vietnamese portals use instead.</summary>
    private static IEnumerable<IElement> ParagraphLike(IElement container) =>
        container.QuerySelectorAll("p, pre, blockquote, div")
            .Where(e => e.LocalName != "div" || !e.Children.Any(c => IsBlock(c.LocalName)));

    private static void RemoveJunkInside(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            // A removed ancestor takes its descendants with it; skip those already detached.
            if (element.ParentElement is not null && HtmlJunk.IsJunk(element))
            {
                element.Remove();
            }
        }
    }

    internal static bool IsBlock(string tag) => tag is "p" or "div" or "section" or "article" or "table" or "ul" or "ol"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "header" or "main" or "figure" or "dl"
        or "form" or "hr";
}
