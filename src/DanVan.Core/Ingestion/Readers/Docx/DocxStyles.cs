using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Core.Ingestion.Readers.Docx;

/// <summary>
/// Answers style questions for a Word document: is a paragraph style a heading (by name — English or Vietnamese
/// Word — or by outline level, following "based on" chains), does it carry list numbering, is it a table-of-contents entry.
/// </summary>
internal sealed partial class DocxStyles
{
    private const int MaxChainDepth = 10;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.OrdinalIgnoreCase);

    public DocxStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    /// <summary>Heading level 1–9 of a paragraph, or null for body text.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
        if (direct is >= 0 and <= 8)
        {
            return direct + 1;
        }

        foreach (var style in Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            var byName = LevelFromName(style.StyleName?.Val?.Value) ?? LevelFromName(style.StyleId?.Value);
            if (byName is not null)
            {
                return byName;
            }

            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (outline is >= 0 and <= 8)
            {
                return outline + 1;
            }
        }

        return null;
    }

    /// <summary>True when the paragraph or its style is numbered or bulleted (numId 0 means numbering switched off).</summary>
    public bool IsListItem(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        if (direct is not null)
        {
            return direct.NumberingId?.Val?.Value is not 0;
        }

        return Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .Select(s => s.StyleParagraphProperties?.NumberingProperties)
            .FirstOrDefault(n => n is not null)?.NumberingId?.Val?.Value is { } numId && numId != 0;
    }

    /// <summary>Table-of-contents entries repeat the headings with page numbers; they are left out.</summary>
    public bool IsTableOfContents(Paragraph paragraph)
    {
        var style = Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).FirstOrDefault();
        var name = style?.StyleName?.Val?.Value ?? style?.StyleId?.Value;
        return name is not null && TocName().IsMatch(name);
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxChainDepth; depth++)
        {
            if (!_byId.TryGetValue(styleId, out var style))
            {
                yield break;
            }

            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    internal static int? LevelFromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var numbered = NumberedHeading().Match(name.Trim());
        if (numbered.Success)
        {
            return numbered.Groups["level"].Value[0] - '0';
        }

        return TitleName().IsMatch(name.Trim()) ? 1 : SubtitleName().IsMatch(name.Trim()) ? 2 : null;
    }

    [GeneratedRegex(@"^(heading|tiêu\s*đề|tieu\s*de|đầu\s*đề|dau\s*de|đề\s*mục|de\s*muc|überschrift|titre)\s*(?<level>[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(title|tiêu\s*đề|tieu\s*de|tựa\s*đề)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"^(subtitle|tiêu\s*đề\s*phụ|tieu\s*de\s*phu|phụ\s*đề)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubtitleName();

    [GeneratedRegex(@"^(toc|mục\s*lục|muc\s*luc)\s*\d+$|^toc\s*heading$", RegexOptions.IgnoreCase)]
    private static partial Regex TocName();
}
