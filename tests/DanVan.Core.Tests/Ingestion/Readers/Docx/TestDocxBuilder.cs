using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Core.Tests.Ingestion.Readers.Docx;

/// <summary>Builds real .docx files with the OpenXml SDK: styles (English and Vietnamese names), numbering, tables, core properties.</summary>
internal sealed partial class TestDocxBuilder
{
    public const string NumberedStyle = "ListNumbered";

    private readonly List<OpenXmlElement> _body = [];

    public string? Title { get; set; }

    public string? Creator { get; set; }

    public DateTime? Created { get; set; }

    public TestDocxBuilder Paragraph(string text, string? styleId = null)
    {
        var paragraph = new Paragraph();
        if (styleId is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        paragraph.Append(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return Add(paragraph);
    }

    /// <summary>A paragraph numbered by direct numbering properties (numId 1), as Word writes a "1., 2., 3." list.</summary>
    public TestDocxBuilder NumberedItem(string text)
    {
        var properties = new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
        return Add(new Paragraph(properties, new Run(new W.Text(text))));
    }

    /// <summary>A paragraph whose outline level is set directly (0-based, as in the XML).</summary>
    public TestDocxBuilder OutlineParagraph(string text, int outlineLevel) =>
        Add(new Paragraph(new ParagraphProperties(new OutlineLevel { Val = outlineLevel }), new Run(new W.Text(text))));

    /// <summary>One paragraph with a manual line break (Shift+Enter) between the two parts.</summary>
    public TestDocxBuilder ParagraphWithLineBreak(string first, string second) =>
        Add(new Paragraph(new Run(new W.Text(first), new Break(), new W.Text(second))));

    public TestDocxBuilder Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new W.Text(cell)))))));
        }

        return Add(table);
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            if (Title is not null)
            {
                document.PackageProperties.Title = Title;
            }

            if (Creator is not null)
            {
                document.PackageProperties.Creator = Creator;
            }

            if (Created is not null)
            {
                document.PackageProperties.Created = Created;
            }
        }

        return Deterministic(stream.ToArray());
    }

    /// <summary>
    /// The SDK names relationships and the core-properties part with random ids; renaming them (and fixing timestamps)
    /// makes the same build produce the same bytes, so fuzz variants reproduce from the seed.
    /// </summary>
    private static byte[] Deterministic(byte[] docx)
    {
        var names = new Dictionary<string, string>();
        string Rename(Match m) => names.TryGetValue(m.Value, out var n) ? n : names[m.Value] = $"{(m.Value.Length == 17 ? "rId" : "core")}{names.Count + 1}";

        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var reader = new StreamReader(entry.Open());
                var content = RandomId().Replace(reader.ReadToEnd(), Rename);
                var copy = target.CreateEntry(RandomId().Replace(entry.FullName, Rename));
                copy.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var writer = new StreamWriter(copy.Open());
                writer.Write(content);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("R[0-9a-f]{16}|[0-9a-f]{32}")]
    private static partial Regex RandomId();

    private TestDocxBuilder Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    private static Styles Styles() => new(
        ParagraphStyle("Normal", "Normal"),
        ParagraphStyle("Title", "Title"),
        ParagraphStyle("Heading1", "heading 1", outline: 0),
        ParagraphStyle("Heading2", "heading 2", outline: 1),
        // Vietnamese Word names built-in headings "Tiêu đề N" and gives them ids like "u2".
        ParagraphStyle("u2", "Tiêu đề 2"),
        // A custom style that is a heading only through the outline level (2 → level 3) it inherits from its base style.
        ParagraphStyle("BigSection", "Mục lớn", outline: 2),
        ParagraphStyle("ChapterName", "Tên chương", basedOn: "BigSection"),
        ParagraphStyle("TOC1", "toc 1"),
        ParagraphStyle(NumberedStyle, "List Numbered", numbered: true));

    private static Style ParagraphStyle(string id, string name, int? outline = null, string? basedOn = null, bool numbered = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        var properties = new StyleParagraphProperties();
        if (numbered)
        {
            properties.Append(new NumberingProperties(new NumberingId { Val = 1 }));
        }

        if (outline is not null)
        {
            properties.Append(new OutlineLevel { Val = outline });
        }

        style.Append(properties);
        return style;
    }

    private static Numbering Numbering() => new(
        new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 })
        {
            AbstractNumberId = 1,
        },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
}
