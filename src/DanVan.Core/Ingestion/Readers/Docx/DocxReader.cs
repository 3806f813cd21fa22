using System.Globalization;
using DanVan.Core.Ingestion.Readers.Guards;
using DanVan.Core.Ingestion.Readers.Shared;
using DocumentFormat.OpenXml.Packaging;

namespace DanVan.Core.Ingestion.Readers.Docx;

/// <summary>
/// Reads Word .docx files (a ZIP holding word/document.xml). The archive is checked for zip bombs first; then the
/// body is read in order with headings, lists and tables. Core properties give the title, author and creation date.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <summary>Bounds the memory one XML part may take once loaded (characters).</summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public string Format => "docx";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        ContentSniffer.Detect(head, fileName).Kind == ContentKind.Docx;

    public Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        ZipArchiveGuard.CheckDocx(content);
        try
        {
            return Task.FromResult(Read(content, cancellationToken));
        }
        catch (Exception ex) when (ex is not DocumentFormatException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw new DocumentFormatException($"Tệp .docx bị hỏng: không đọc được nội dung Word ({ex.Message}).", ex);
        }
    }

    private static ParsedDocument Read(byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var word = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var main = word.MainDocumentPart ?? throw new DocumentFormatException("Tệp .docx bị hỏng: thiếu phần nội dung chính.");
        var body = main.Document?.Body ?? throw new DocumentFormatException("Tệp .docx bị hỏng: không có phần thân văn bản.");

        var document = new ParsedDocument();
        var styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);
        document.Blocks.AddRange(DocxBodyWriter.Write(body, styles, cancellationToken));

        var properties = word.PackageProperties;
        var title = TextNormalizer.Inline(properties.Title ?? string.Empty);
        document.Title = title.Length > 0 ? title : document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
        var author = TextNormalizer.Inline(properties.Creator ?? string.Empty);
        if (author.Length > 0)
        {
            document.Metadata["author"] = author;
        }

        if (properties.Created is { } created)
        {
            document.Metadata["created"] = created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return document;
    }
}
