using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DanVan.Core.Ingestion.Readers.Html;

/// <summary>
/// Finds the element that holds the article in a web page: &lt;article&gt;, [itemprop=articleBody], &lt;main&gt; when
/// they hold a fair share of the page's paragraph text, otherwise the element whose paragraphs hold the most text.
/// Then removes page furniture inside it. Every measure is computed in one pass over the tree, so deeply nested
/// pages cost linear time.
/// </summary>
internal sealed class HtmlContentSelector
{
    private const int MinParagraphChars = 25;

    private static readonly string[] SemanticCandidates = ["article", "[itemprop='articleBody']", "main", "[role='main']"];

    private readonly IElement _body;
    private readonly Dictionary<IElement, bool> _junk = [];
    private readonly Dictionary<IElement, bool> _inJunk = [];
    private readonly Dictionary<IElement, int> _paragraphText = [];
    private readonly Dictionary<IElement, int> _parentScore = [];

    private HtmlContentSelector(IElement body)
    {
        _body = body;
        Measure();
    }

    /// <summary>Removes never-content elements from the page, then returns the article element (null for a page without body).</summary>
    public static IElement? SelectContent(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(HtmlJunk.NeverContentSelector).ToList())
        {
            element.Remove();
        }

        return document.Body is { } body ? new HtmlContentSelector(body).Select() : null;
    }

    private IElement Select()
    {
        IElement? best = null;
        var bestScore = 0;
        foreach (var (element, score) in _parentScore)
        {
            if (score > bestScore)
            {
                (best, bestScore) = (element, score);
            }
        }

        var root = ChooseSemantic(best is null ? 0 : _paragraphText[best]) ?? best ?? _body;
        foreach (var element in root.QuerySelectorAll("*").Where(e => _junk.GetValueOrDefault(e)).ToList())
        {
            element.Remove(); // removing an already detached descendant is harmless
        }

        return root;
    }

    /// <summary>A semantic container wins when it holds at least 40% as much paragraph text as the best-scoring element.</summary>
    private IElement? ChooseSemantic(int bestText)
    {
        foreach (var selector in SemanticCandidates)
        {
            IElement? chosen = null;
            var chosenText = 0;
            foreach (var candidate in _body.QuerySelectorAll(selector).Where(e => !_inJunk.GetValueOrDefault(e)))
            {
                var text = _paragraphText.GetValueOrDefault(candidate);
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

    /// <summary>
    /// Pre-order: is each element furniture, or inside furniture. Reverse pre-order (children before parents): the
    /// paragraph text under each element, and the score of paragraph parents (full length for the parent, half for
    /// the grandparent). Paragraphs inside furniture do not count.
    /// </summary>
    private void Measure()
    {
        var order = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(_body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            order.Add(element);
            var junk = element != _body && HtmlJunk.IsJunk(element);
            _junk[element] = junk;
            _inJunk[element] = junk || (element != _body && element.ParentElement is { } parent && _inJunk.GetValueOrDefault(parent));
            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var own = OwnParagraphText(element);
            var total = _paragraphText.GetValueOrDefault(element) + own;
            _paragraphText[element] = total;
            if (element == _body || element.ParentElement is not { } parent)
            {
                continue;
            }

            _paragraphText[parent] = _paragraphText.GetValueOrDefault(parent) + total;
            if (own > 0)
            {
                _parentScore[parent] = _parentScore.GetValueOrDefault(parent) + own;
                if (parent != _body && parent.ParentElement is { } grandparent)
                {
                    _parentScore[grandparent] = _parentScore.GetValueOrDefault(grandparent) + (own / 2);
                }
            }
        }
    }

    /// <summary>
    /// Text length of a paragraph: a &lt;p&gt;, or a text-only &lt;div&gt;/&lt;pre&gt;/&lt;blockquote&gt; (many
    /// Vietnamese portals use divs for paragraphs). Short lines and furniture count zero.
    /// </summary>
    private int OwnParagraphText(IElement element)
    {
        var paragraphLike = element.LocalName == "p"
            || (element.LocalName is "div" or "pre" or "blockquote" && !element.Children.Any(c => IsBlock(c.LocalName)));
        if (!paragraphLike || _inJunk.GetValueOrDefault(element))
        {
            return 0;
        }

        var length = element.TextContent.Trim().Length;
        return length >= MinParagraphChars ? length : 0;
    }

    internal static bool IsBlock(string tag) => tag is "p" or "div" or "section" or "article" or "table" or "ul" or "ol"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "header" or "main" or "figure" or "dl"
        or "form" or "hr";
}
