using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// Reads PDF files through Poppler's pdftotext (package poppler-utils). Page numbers at the top or bottom of pages
/// are dropped; the text is split into paragraphs with the plain-text rules for hard-wrapped lines, so a paragraph
/// may continue across a page break. Scanned PDFs without a text layer are refused with a clear reason.
/// </summary>
public sealed partial class PdfReader : IDocumentReader
{
    private readonly IOptions<IngestionOptions> _options;

    public PdfReader(IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string Format => "pdf";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        ContentSniffer.Detect(head, fileName).Kind == ContentKind.Pdf;

    public async Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var options = _options.Value;
        var raw = await PdfToTextRunner.ExtractAsync(
            options.PdfToTextPath, TimeSpan.FromSeconds(options.PdfTimeoutSeconds), content, cancellationToken);

        // Blank lines at page edges are dropped so the line rules decide whether a paragraph runs on to the next page.
        var pages = raw.Split('\f').Select(page => StripPageNumbers(TextNormalizer.Normalize(page)).Trim('\n', ' ', '\t'));
        var text = string.Join('\n', pages.Where(p => p.Length > 0));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFormatException(
                "Tệp PDF không có lớp chữ (có lẽ là bản scan hoặc ảnh chụp). Hãy nhận dạng chữ (OCR) trước, hoặc gửi bản Word/PDF có chữ.");
        }

        var document = new ParsedDocument();
        document.Blocks.AddRange(TextBlockParser.Parse(text, hardWrapped: true, markdown: false));
        return document;
    }

    /// <summary>Removes a page number ("12", "- 12 -", "Trang 3", "3/10") from the first and last line of a page.</summary>
    internal static string StripPageNumbers(string page)
    {
        var lines = page.Split('\n').ToList();
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first >= 0 && PageNumber().IsMatch(lines[first]))
        {
            lines[first] = string.Empty;
        }

        var last = lines.FindLastIndex(l => l.Trim().Length > 0);
        if (last >= 0 && PageNumber().IsMatch(lines[last]))
        {
            lines[last] = string.Empty;
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^\s*[-–—]?\s*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–—]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
