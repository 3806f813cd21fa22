using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Ingestion.Readers.Guards;
using DanVan.Core.Ingestion.Readers.Shared;
using DanVan.Core.Text;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DanVan.Core.Ingestion.Readers.Pdf;

/// <summary>
/// Reads the text layer of PDF files in process with PdfPig. Words are put in reading order (columns one after the
/// other, table rows as rows; see <see cref="PdfPageText"/>); page numbers at the top or bottom of pages are dropped;
/// the text is split into paragraphs with the plain-text rules for hard-wrapped lines, so a paragraph may continue
/// across a page break. Hostile files are refused by structure (<see cref="PdfGuard"/>) and by a time limit; every
/// library failure becomes a <see cref="DocumentFormatException"/>. Scanned PDFs without a text layer are refused with
/// a clear reason.
/// </summary>
public sealed partial class PdfReader : IDocumentReader
{
    private readonly IOptions<IngestionOptions> _options;
    private readonly TimeSpan? _timeout;

    public PdfReader(IOptions<IngestionOptions> options)
        : this(options, null)
    {
    }

    /// <summary>For tests: a time limit below the one-second granularity of the options.</summary>
    internal PdfReader(IOptions<IngestionOptions> options, TimeSpan? timeout)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _timeout = timeout;
    }

    public string Format => "pdf";

    private static string TooSlow(TimeSpan timeout) =>
        $"Đọc PDF quá {Math.Max(1, timeout.TotalSeconds):0} giây nên đã dừng; tệp quá lớn, quá phức tạp hoặc bị hỏng.";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        ContentSniffer.Detect(head, fileName).Kind == ContentKind.Pdf;

    public async Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        var timeout = _timeout ?? TimeSpan.FromSeconds(_options.Value.PdfTimeoutSeconds);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);

        // The library is synchronous: it runs on the thread pool and checks the token between pages and streams, so
        // a file that runs out of time is refused at once and its work stops soon after.
        var started = Stopwatch.GetTimestamp();
        var extraction = Task.Run(() => ExtractPages(content, limit.Token), limit.Token);
        List<string> pages;
        try
        {
            pages = await extraction.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            _ = extraction.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed: it ends on its own
            throw new DocumentFormatException(TooSlow(timeout), ex);
        }

        // Finished just as the limit passed (before the timer fired): refused all the same, whatever the timing.
        if (Stopwatch.GetElapsedTime(started) > timeout)
        {
            throw new DocumentFormatException(TooSlow(timeout));
        }

        // Blank lines at page edges are dropped so the line rules decide whether a paragraph runs on to the next page.
        var text = string.Join('\n', pages
            .Select(page => StripPageNumbers(TextNormalizer.Normalize(page)).Trim('\n', ' ', '\t'))
            .Where(p => p.Length > 0));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFormatException(
                "Tệp PDF không có lớp chữ (có lẽ là bản scan hoặc ảnh chụp). Hãy nhận dạng chữ (OCR) trước, hoặc gửi bản Word/PDF có chữ.");
        }

        var document = new ParsedDocument();
        document.Blocks.AddRange(TextBlockParser.Parse(text, hardWrapped: true, markdown: false));
        return document;
    }

    private static List<string> ExtractPages(byte[] content, CancellationToken cancellationToken)
    {
        PdfGuard.CheckRawStructure(content);
        var budget = new PdfDecodeBudget(PdfGuard.MaxDecodedBytes, PdfGuard.MaxStreamBytes) { Cancellation = cancellationToken };
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = budget };
        try
        {
            using var pdf = PdfDocument.Open(content, options);
            PdfGuard.CheckPageCount(pdf.NumberOfPages);
            var pages = new List<string>(pdf.NumberOfPages);
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(PdfPageText.Lay(pdf.GetPage(number), cancellationToken));
            }

            return pages;
        }
        catch (Exception ex) when (ex is DocumentFormatException or OperationCanceledException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentFormatException("Tệp PDF được đặt mật khẩu hoặc khóa quyền trích chữ. Hãy gỡ mật khẩu rồi gửi lại.", ex);
        }
        catch (Exception ex)
        {
            // The library throws many kinds (format, stack depth, fonts, index and cast errors on damaged files).
            throw new DocumentFormatException($"Tệp PDF bị hỏng hoặc không đọc được ({Detail(ex)}).", ex);
        }
    }

    private static string Detail(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ");
        return TextCut.Clip(message, 200);
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
