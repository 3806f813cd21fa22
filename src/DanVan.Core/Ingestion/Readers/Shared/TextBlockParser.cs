using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Core.Ingestion.Readers.Shared;

/// <summary>
/// Splits normalised plain text (a .txt/.md file or the text layer of a PDF) into blocks: Markdown headings, list
/// items and table rows, and paragraphs. Scraped text often puts one paragraph per line without blank lines between,
/// and hard-wrapped text (PDF) breaks sentences over lines; the line-joining rules below handle both.
/// </summary>
internal static partial class TextBlockParser
{
    private const string TerminalPunctuation = ".!?…:;”\"»";
    private const string OpeningMarks = "“\"«‘'•-–—*+";

    /// <summary>
    /// Parses <paramref name="text"/>. <paramref name="hardWrapped"/>: lines were broken at a fixed width (PDF), so a
    /// line starting with a capital after a full-width line continues the paragraph; a short line ends it.
    /// <paramref name="markdown"/>: strip inline Markdown (bold, links, code) from the text.
    /// </summary>
    public static List<Block> Parse(string text, bool hardWrapped, bool markdown)
    {
        // In laid-out PDF text, a wide gap inside a line separates columns (the two-column header of official documents,
        // signature blocks); such lines become table rows instead of being run together.
        var lines = text.Split('\n').Select(l => hardWrapped && ColumnGap().IsMatch(l.Trim()) ? ToCells(l) : CollapseSpaces(l)).ToList();
        var wrapWidth = hardWrapped ? TypicalLineLength(lines) : 0;
        var blocks = new List<Block>();
        var paragraph = new StringBuilder();
        string? previousLine = null;
        BlockKind openKind = BlockKind.Paragraph;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new Block(openKind, Clean(paragraph.ToString(), markdown)));
                paragraph.Clear();
            }

            previousLine = null;
            openKind = BlockKind.Paragraph;
        }

        foreach (var line in lines)
        {
            if (line.Length == 0 || HorizontalRule().IsMatch(line))
            {
                Flush();
                continue;
            }

            if (SetextUnderline().IsMatch(line) && openKind == BlockKind.Paragraph && previousLine is not null
                && paragraph.Length == previousLine.Length)
            {
                // "Title\n=====": the single line above is a level-1 heading.
                blocks.Add(new Block(BlockKind.Heading, Clean(paragraph.ToString(), markdown), 1));
                paragraph.Clear();
                previousLine = null;
                continue;
            }

            var heading = AtxHeading().Match(line);
            if (heading.Success)
            {
                Flush();
                blocks.Add(new Block(BlockKind.Heading, Clean(heading.Groups[2].Value, markdown), heading.Groups[1].Length));
                continue;
            }

            if (line.StartsWith('|') && line.Length > 1 && line.IndexOf('|', 1) > 0)
            {
                Flush();
                AddTableRow(blocks, line, markdown);
                continue;
            }

            var item = ListItem().Match(line);
            if (item.Success)
            {
                Flush();
                openKind = BlockKind.ListItem;
                var ordered = item.Groups["number"].Success;
                paragraph.Append(ordered ? line : item.Groups["text"].Value);
                previousLine = line;
                continue;
            }

            if (previousLine is not null && StartsNewParagraph(previousLine, line, hardWrapped, wrapWidth))
            {
                Flush();
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
            previousLine = line;
        }

        Flush();
        blocks.RemoveAll(b => b.Text.Length == 0);
        return blocks;
    }

    /// <summary>Decides whether a single newline between two non-empty lines separates paragraphs.</summary>
    internal static bool StartsNewParagraph(string previous, string next, bool hardWrapped, int wrapWidth)
    {
        if (TerminalPunctuation.Contains(previous[^1], StringComparison.Ordinal))
        {
            return true;
        }

        var first = next[0];
        if (char.IsLower(first))
        {
            return false; // a wrapped line
        }

        if (hardWrapped)
        {
            // A line that stops well short of the wrap width ended its paragraph (a heading, the last line).
            return previous.Length < wrapWidth * 7 / 10;
        }

        return char.IsUpper(first) || char.IsDigit(first) || OpeningMarks.Contains(first, StringComparison.Ordinal);
    }

    private static void AddTableRow(List<Block> blocks, string line, bool markdown)
    {
        var inner = line.Trim().Trim('|');
        if (TableSeparator().IsMatch(inner))
        {
            return;
        }

        var cells = inner.Split('|').Select(c => Clean(c, markdown));
        var row = string.Join(" | ", cells);
        if (row.Replace("|", string.Empty, StringComparison.Ordinal).Trim().Length > 0)
        {
            blocks.Add(new Block(BlockKind.TableRow, row));
        }
    }

    /// <summary>The length most full lines reach: the 80th percentile of lines that hold some words.</summary>
    private static int TypicalLineLength(List<string> lines)
    {
        var lengths = lines.Where(l => l.Length >= 20).Select(l => l.Length).Order().ToList();
        return lengths.Count == 0 ? 0 : lengths[Math.Min(lengths.Count - 1, lengths.Count * 8 / 10)];
    }

    private static string CollapseSpaces(string line) => Whitespace().Replace(line, " ").Trim();

    private static string ToCells(string line) =>
        "| " + string.Join(" | ", ColumnGap().Split(line.Trim()).Select(CollapseSpaces)) + " |";

    private static string Clean(string text, bool markdown)
    {
        var cleaned = text.Trim();
        if (!markdown)
        {
            return cleaned;
        }

        cleaned = MarkdownImage().Replace(cleaned, "$1");
        cleaned = MarkdownLink().Replace(cleaned, "$1");
        cleaned = MarkdownEmphasis().Replace(cleaned, "$2");
        cleaned = MarkdownCode().Replace(cleaned, "$1");
        return MarkdownEscape().Replace(cleaned, "$1").Trim();
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)(\s+#+)?$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^(?:[-*+•●▪◦–]\s+(?<text>.+)|(?<number>\d{1,3}[.)]|[a-zđ]\))\s+(?<text>.+))$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?:-\s*){3,}$|^(?:\*\s*){3,}$|^(?:_\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"(?<=\S) {4,}(?=\S)")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^=+$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^[\s|:\-]*-[\s|:\-]*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex MarkdownCode();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex MarkdownEscape();
}
