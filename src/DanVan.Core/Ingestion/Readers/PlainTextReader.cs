using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>.txt and .md: front matter, # headings, list items and paragraphs (blank-line or single-newline separated).</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public string Format => "text";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension is ".txt" or ".md" or ".markdown" or "";
    }

    public Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var text = VietnameseText.Normalize(new UTF8Encoding(false, false).GetString(content).TrimStart('\uFEFF'));
        return Task.FromResult(Parse(text));
    }

    /// <summary>Parses normalized text into blocks.</summary>
    public static ParsedDocument Parse(string text)
    {
        var document = new ParsedDocument();
        var lines = text.Split('\n');
        var index = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            if (end > 0)
            {
                for (var i = 1; i < end; i++)
                {
                    var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        var key = lines[i][..colon].Trim();
                        var value = lines[i][(colon + 1)..].Trim().Trim('"', '\'');
                        if (value.Length > 0)
                        {
                            document.Metadata[key] = value;
                        }
                    }
                }

                index = end + 1;
                if (document.Metadata.TryGetValue("title", out var title))
                {
                    document.Title = title;
                }
            }
        }

        var paragraph = new StringBuilder();
        void Flush()
        {
            if (paragraph.Length > 0)
            {
                document.Blocks.Add(new Block(BlockKind.Paragraph, paragraph.ToString().Trim()));
                paragraph.Clear();
            }
        }

        for (; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line.StartsWith('#'))
            {
                Flush();
                var level = line.TakeWhile(c => c == '#').Count();
                var heading = line[level..].Trim();
                if (heading.Length > 0)
                {
                    document.Blocks.Add(new Block(BlockKind.Heading, heading, Math.Min(level, 6)));
                    document.Title ??= heading;
                }

                continue;
            }

            if (paragraph.Length > 0 && StartsNewParagraph(paragraph, line))
            {
                Flush();
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
        }

        Flush();
        return document;
    }

    // Scraped text often separates paragraphs by a single newline; a line that starts lower-case continues the previous one.
    private static bool StartsNewParagraph(StringBuilder previous, string line)
    {
        var first = line[0];
        return !char.IsLower(first) || ".!?…:;”\"»".Contains(previous[^1], StringComparison.Ordinal);
    }
}
