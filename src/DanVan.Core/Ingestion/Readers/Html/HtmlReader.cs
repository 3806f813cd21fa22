using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DanVan.Core.Ingestion.Readers.Guards;
using DanVan.Core.Ingestion.Readers.Shared;

namespace DanVan.Core.Ingestion.Readers.Html;

/// <summary>
/// Reads saved web pages (.html/.htm, or content that starts like HTML). Keeps only the article: page furniture
/// (menus, share buttons, view counters, comments, related links, footers) is dropped by structure. Title and
/// metadata (published date, site name, author, canonical URL) come from the page head.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    /// <summary>How long parsing one page may take by default; AngleSharp slows down sharply on deeply nested markup.</summary>
    public static readonly TimeSpan DefaultParseTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _parseTimeout;

    public HtmlReader(TimeSpan? parseTimeout = null) => _parseTimeout = parseTimeout ?? DefaultParseTimeout;

    public string Format => "html";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) =>
        ContentSniffer.Detect(head, fileName).Kind == ContentKind.Html;

    public async Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        var html = Decode(content);
        HtmlNestingGuard.Check(html);
        IHtmlDocument page;
        var started = Stopwatch.GetTimestamp();
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(_parseTimeout);
            try
            {
                page = await new HtmlParser().ParseDocumentAsync(html, limit.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw TooSlow(ex);
            }
        }

        // The parser looks at the token only now and then: a parse that ran past the limit is refused all the same.
        if (Stopwatch.GetElapsedTime(started) > _parseTimeout)
        {
            throw TooSlow(null);
        }

        cancellationToken.ThrowIfCancellationRequested();

        var meta = HtmlMetadata.ReadMeta(page);
        var root = HtmlContentSelector.SelectContent(page);
        var document = new ParsedDocument();
        HtmlMetadata.Fill(document, page, meta, root);
        if (root is not null)
        {
            document.Blocks.AddRange(HtmlBlockWriter.Write(root));
        }

        return document;
    }

    private DocumentFormatException TooSlow(Exception? inner)
    {
        var message = $"Trang web quá phức tạp (thẻ HTML lồng nhau quá sâu), đọc quá {_parseTimeout.TotalSeconds:0.#} giây nên đã dừng.";
        return inner is null ? new DocumentFormatException(message) : new DocumentFormatException(message, inner);
    }

    /// <summary>The bytes decide (BOM, UTF-8, UTF-16, Windows-1258); a declared meta charset is used only when they do not.</summary>
    private static string Decode(byte[] content)
    {
        if (TextDecoder.TryDecode(content, out var text, out var reason))
        {
            return text;
        }

        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 4096));
        var declared = DeclaredCharset().Match(head);
        if (declared.Success)
        {
            TextDecoder.EnsureCodePages();
            try
            {
                var encoding = Encoding.GetEncoding(declared.Groups[1].Value);
                return TextNormalizer.Normalize(encoding.GetString(content));
            }
            catch (ArgumentException)
            {
                throw new DocumentFormatException(
                    $"Trang web khai báo bảng mã “{declared.Groups[1].Value}” không được hỗ trợ. Hãy lưu lại trang dưới dạng UTF-8.");
            }
        }

        throw new DocumentFormatException(reason);
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_\-.:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();
}
