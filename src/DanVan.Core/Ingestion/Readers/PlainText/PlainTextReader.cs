using DanVan.Core.Ingestion.Readers.Shared;

namespace DanVan.Core.Ingestion.Readers.PlainText;

/// <summary>
/// Reads .txt, .md and .markdown files, and any text content that is not HTML. Front matter gives the title and
/// metadata; Markdown headings, lists and tables give structure. Without front matter the title is the first heading.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    private static readonly string[] MarkdownExtensions = [".md", ".markdown"];

    public string Format => "text";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        ContentSniffer.Detect(head, fileName).Kind == ContentKind.Text;

    public Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        var text = TextDecoder.Decode(content);
        return Task.FromResult(Parse(text, ContentSniffer.HasExtension(fileName, MarkdownExtensions)));
    }

    /// <summary>Builds the document from already decoded text.</summary>
    internal static ParsedDocument Parse(string text, bool markdown)
    {
        var (frontMatter, body) = FrontMatter.Split(text);
        var document = new ParsedDocument();
        foreach (var (key, value) in frontMatter)
        {
            if (key == "title")
            {
                document.Title = TextNormalizer.Inline(value);
            }
            else
            {
                document.Metadata[key] = value;
            }
        }

        document.Blocks.AddRange(TextBlockParser.Parse(body, hardWrapped: false, markdown));
        document.Title ??= document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
        return document;
    }
}
