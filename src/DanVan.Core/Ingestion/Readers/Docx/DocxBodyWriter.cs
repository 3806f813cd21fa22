using System.Text;
using DanVan.Core.Ingestion.Readers.Shared;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Core.Ingestion.Readers.Docx;

/// <summary>
/// Writes the blocks of a Word body in order: headings by style, numbered/bulleted paragraphs as list items, other
/// paragraphs (a manual line break starts a new one), and one table row per Word table row with cells joined by " | ".
/// Content controls and custom XML wrappers are read through; text-box fallbacks are not read twice.
/// </summary>
internal sealed class DocxBodyWriter
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly DocxStyles _styles;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Block> _blocks = [];

    private DocxBodyWriter(DocxStyles styles, CancellationToken cancellationToken)
    {
        _styles = styles;
        _cancellationToken = cancellationToken;
    }

    public static List<Block> Write(Body body, DocxStyles styles, CancellationToken cancellationToken)
    {
        var writer = new DocxBodyWriter(styles, cancellationToken);
        writer.WriteChildren(body);
        return writer._blocks;
    }

    private void WriteChildren(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph);
                    break;
                case Table table:
                    WriteTable(table);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    WriteChildren(element);
                    break;
            }
        }
    }

    private void WriteParagraph(Paragraph paragraph)
    {
        if (_styles.IsTableOfContents(paragraph))
        {
            return;
        }

        var text = ParagraphText(paragraph);
        var heading = _styles.HeadingLevel(paragraph);
        if (heading is not null)
        {
            Add(BlockKind.Heading, TextNormalizer.Inline(text), heading.Value);
        }
        else if (_styles.IsListItem(paragraph))
        {
            Add(BlockKind.ListItem, TextNormalizer.Inline(text));
        }
        else
        {
            foreach (var line in text.Split('\n'))
            {
                Add(BlockKind.Paragraph, TextNormalizer.Inline(line));
            }
        }
    }

    private void WriteTable(Table table)
    {
        // Rows of this table only (content controls may wrap rows); nested tables are read into their cell's text.
        var rows = table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().FirstOrDefault() == table);
        foreach (var row in rows)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var cells = row.Descendants<TableCell>()
                .Where(c => c.Ancestors<TableRow>().FirstOrDefault() == row)
                .Select(c => TextNormalizer.Inline(string.Join(' ', c.Descendants<Paragraph>().Select(ParagraphText))))
                .ToList();
            if (cells.Any(c => c.Length > 0))
            {
                Add(BlockKind.TableRow, string.Join(" | ", cells));
            }
        }
    }

    private void Add(BlockKind kind, string text, int level = 0)
    {
        if (text.Length > 0)
        {
            _blocks.Add(new Block(kind, text, level));
        }
    }

    /// <summary>The visible text of a paragraph; manual line breaks become \n, tabs a space.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        Collect(paragraph, builder);
        return builder.ToString();
    }

    private static void CollectUnknown(OpenXmlUnknownElement element, StringBuilder builder)
    {
        switch (element.LocalName)
        {
            case "t":
                builder.Append(element.InnerText);
                break;
            case "tab":
                builder.Append(' ');
                break;
            case "br" or "cr":
                builder.Append('\n');
                break;
            case "delText" or "instrText":
                break;
            default:
                Collect(element, builder);
                break;
        }
    }

    private static void Collect(OpenXmlElement element, StringBuilder builder)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append(' ');
                    break;
                case Break br:
                    builder.Append(br.Type?.Value is null || br.Type.Value == BreakValues.TextWrapping ? '\n' : ' ');
                    break;
                case CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
                case AlternateContentFallback:
                    break; // the same content as the preferred AlternateContentChoice
                case OpenXmlUnknownElement unknown when unknown.NamespaceUri == WordNamespace:
                    // Runs inside elements the SDK does not model (old smart tags such as st1:place) load as unknown.
                    CollectUnknown(unknown, builder);
                    break;
                case Table nested:
                    builder.Append(' ');
                    Collect(nested, builder);
                    break;
                case Paragraph inner:
                    // Paragraphs inside text boxes.
                    builder.Append('\n');
                    Collect(inner, builder);
                    break;
                default:
                    Collect(child, builder);
                    break;
            }
        }
    }
}
