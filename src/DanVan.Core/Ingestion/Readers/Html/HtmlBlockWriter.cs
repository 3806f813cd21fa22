using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Core.Ingestion.Readers.Shared;

namespace DanVan.Core.Ingestion.Readers.Html;

/// <summary>
/// Walks the content element of a page in document order and writes blocks: h1–h6 headings, list items, table rows
/// (cells joined with " | "), and paragraphs from p/div text. A &lt;br&gt; ends a line, and each line becomes its own
/// paragraph, since many portals separate paragraphs with &lt;br&gt; only.
/// </summary>
internal sealed class HtmlBlockWriter
{
    private readonly List<Block> _blocks = [];
    private readonly StringBuilder _inline = new();

    public static List<Block> Write(IElement root)
    {
        var writer = new HtmlBlockWriter();
        writer.WriteNode(root);
        writer.FlushParagraph();
        return writer._blocks;
    }

    private void WriteNode(INode node)
    {
        if (node.NodeType == NodeType.Text)
        {
            // Line breaks in the source are plain whitespace in HTML; only <br> (appended as \n) breaks a line.
            foreach (var c in node.TextContent)
            {
                _inline.Append(c is '\n' or '\r' or '\f' ? ' ' : c);
            }

            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                _inline.Append('\n');
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                FlushParagraph();
                Add(BlockKind.Heading, InlineText(element, skipLists: false), element.LocalName[1] - '0');
                break;
            case "li":
                FlushParagraph();
                Add(BlockKind.ListItem, InlineText(element, skipLists: true));
                foreach (var nested in element.Children.Where(c => c.LocalName is "ul" or "ol"))
                {
                    WriteNode(nested);
                }

                break;
            case "table" when element is IHtmlTableElement table && !IsLayoutTable(table):
                FlushParagraph();
                WriteTable(table);
                break;
            case "img" or "picture" or "video" or "audio" or "source" or "map" or "area":
                break;
            default:
                WriteContainer(element);
                break;
        }
    }

    private void WriteContainer(IElement element)
    {
        var block = HtmlContentSelector.IsBlock(element.LocalName) || element.LocalName is "td" or "th" or "tr" or "li"
            or "dt" or "dd" or "figcaption" or "address" or "center" or "tbody" or "thead" or "tfoot" or "caption";
        if (block)
        {
            FlushParagraph();
        }

        foreach (var child in element.ChildNodes)
        {
            WriteNode(child);
        }

        if (block)
        {
            FlushParagraph();
        }
    }

    private void WriteTable(IHtmlTableElement table)
    {
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(c => InlineText(c, skipLists: false)).ToList();
            if (cells.Any(c => c.Length > 0))
            {
                Add(BlockKind.TableRow, string.Join(" | ", cells));
            }
        }
    }

    /// <summary>Old portals lay pages out with tables; a table whose cells hold nested tables or long structured text is read as containers.</summary>
    private static bool IsLayoutTable(IHtmlTableElement table) =>
        table.QuerySelector("table") is not null
        || table.QuerySelectorAll("td, th").Any(c => c.TextContent.Length > 300 && c.QuerySelector("p, div, h1, h2, h3, ul, ol") is not null);

    private void FlushParagraph()
    {
        if (_inline.Length == 0)
        {
            return;
        }

        foreach (var line in _inline.ToString().Split('\n'))
        {
            Add(BlockKind.Paragraph, TextNormalizer.Inline(line));
        }

        _inline.Clear();
    }

    private void Add(BlockKind kind, string text, int level = 0)
    {
        if (text.Length > 0)
        {
            _blocks.Add(new Block(kind, text, level));
        }
    }

    /// <summary>All text under <paramref name="element"/> on one line; nested lists are left out for list items.</summary>
    private static string InlineText(IElement element, bool skipLists)
    {
        var builder = new StringBuilder();
        Collect(element, builder, skipLists);
        return TextNormalizer.Inline(builder.ToString());
    }

    private static void Collect(INode node, StringBuilder builder, bool skipLists)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                builder.Append(child.TextContent);
            }
            else if (child is IElement element && !(skipLists && element.LocalName is "ul" or "ol"))
            {
                if (element.LocalName is "br" || HtmlContentSelector.IsBlock(element.LocalName) || element.LocalName is "td" or "th" or "li")
                {
                    builder.Append(' ');
                }

                Collect(element, builder, skipLists);
            }
        }
    }
}
