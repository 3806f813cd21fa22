using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Documents;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Text;

namespace DanVan.Core.Ingestion;

/// <summary>
/// Groups blocks into passages of about <see cref="TargetChars"/> characters, cutting between sentences. No passage
/// is longer than <see cref="MaxChars"/>: a sentence longer than that (text without sentence ends) is cut by
/// <see cref="PassageCutter"/>. Headings start a new passage and become its section (at most
/// <see cref="MaxHeadingChars"/> each); legal documents are cut along their articles (Chương … › Điều N), so that a
/// citation can name the article.
/// </summary>
public static partial class Chunker
{
    public const int TargetChars = PassageLength.Target;
    /// <summary>The hard maximum length of a passage.</summary>
    public const int MaxChars = PassageLength.Max;

    /// <summary>A heading longer than this (a whole paragraph marked as a heading) is clipped in the section path.</summary>
    public const int MaxHeadingChars = 200;

    [GeneratedRegex(@"^(Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$")]
    private static partial Regex ChapterLine();

    [GeneratedRegex(@"^(Điều|ĐIỀU)\s+(\d+[a-z]?)\s*[.:]?\s*(.*)$")]
    private static partial Regex ArticleLine();

    public static List<Chunk> Split(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var chunks = new List<Chunk>();
        var headings = new List<(int Level, string Text)>();
        var buffer = new StringBuilder();

        string? Section() => headings.Count == 0 ? null : string.Join(" › ", headings.Select(h => h.Text));

        void Flush()
        {
            if (buffer.Length > 0)
            {
                chunks.Add(new Chunk(chunks.Count, Section(), buffer.ToString().Trim()));
                buffer.Clear();
            }
        }

        void SetHeading(int level, string text)
        {
            Flush();
            headings.RemoveAll(h => h.Level >= level);
            headings.Add((level, TextCut.Clip(text, MaxHeadingChars)));
        }

        blocks = WithEnumeratorsJoined(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (block.Kind == BlockKind.Heading)
            {
                var article = ArticleLine().Match(text);
                SetHeading(article.Success ? 20 : ChapterLine().IsMatch(text) ? 10 : block.Level, text);
                continue;
            }

            if (block.Kind == BlockKind.Paragraph)
            {
                var chapter = ChapterLine().Match(text);
                if (chapter.Success && text.Length <= 150)
                {
                    // "Chương I" alone, followed by its name on the next line ("NHỮNG QUY ĐỊNH CHUNG").
                    var name = chapter.Groups[3].Value;
                    if (name.Length == 0 && i + 1 < blocks.Count && IsShoutedName(blocks[i + 1].Text))
                    {
                        text = $"{text} {blocks[++i].Text.Trim()}";
                    }

                    SetHeading(10, text);
                    continue;
                }

                var article = ArticleLine().Match(text);
                if (article.Success)
                {
                    // "Điều 5. Trách nhiệm …" is the heading; a body on the same line stays with it.
                    var number = article.Groups[2].Value;
                    var rest = article.Groups[3].Value.Trim();
                    var name = SentenceSplitter.Split(rest).FirstOrDefault() ?? string.Empty;
                    if (name.Length > 160)
                    {
                        name = string.Empty;
                    }

                    SetHeading(20, name.Length == 0 ? $"Điều {number}" : $"Điều {number}. {name.TrimEnd('.')}");
                    var body = rest[name.Length..].Trim();
                    if (body.Length > 0)
                    {
                        Append(buffer, body, chunks, Section, Flush);
                    }

                    continue;
                }
            }

            Append(buffer, text, chunks, Section, Flush);
        }

        Flush();
        return chunks;
    }

    // A block holding only a list's enumerator ("1." on its own line of a PDF) opens the block after it: a passage
    // never ends with a bare "1." whose item starts the next one.
    private static List<Block> WithEnumeratorsJoined(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        string? pending = null;
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Heading && SentenceSplitter.IsEnumerator(block.Text))
            {
                pending = pending is null ? block.Text.Trim() : pending + " " + block.Text.Trim();
                continue;
            }

            result.Add(pending is not null && block.Kind != BlockKind.Heading ? block with { Text = pending + " " + block.Text.Trim() } : block);
            pending = null;
        }

        return result;
    }

    private static bool IsShoutedName(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 2 and <= 120 && trimmed.Any(char.IsLetter) && trimmed.Where(char.IsLetter).All(char.IsUpper);
    }

    private static void Append(StringBuilder buffer, string text, List<Chunk> chunks, Func<string?> section, Action flush)
    {
        if (buffer.Length > 0 && buffer.Length + text.Length + 1 > TargetChars)
        {
            flush();
        }

        if (text.Length <= MaxChars)
        {
            AppendLine(buffer, text);
            return;
        }

        // A long paragraph is cut between sentences into pieces of about the target size; a sentence over the maximum
        // is cut further at line breaks, clause punctuation or spaces.
        foreach (var sentence in SentenceSplitter.Split(text).SelectMany(s => s.Length <= MaxChars ? [s] : PassageCutter.Cut(s, TargetChars)))
        {
            if (buffer.Length > 0 && buffer.Length + sentence.Length + 1 > TargetChars)
            {
                chunks.Add(new Chunk(chunks.Count, section(), buffer.ToString().Trim()));
                buffer.Clear();
            }

            if (buffer.Length > 0)
            {
                buffer.Append(' ');
            }

            buffer.Append(sentence);
        }
    }

    private static void AppendLine(StringBuilder buffer, string text)
    {
        if (buffer.Length > 0)
        {
            buffer.Append('\n');
        }

        buffer.Append(text);
    }
}
