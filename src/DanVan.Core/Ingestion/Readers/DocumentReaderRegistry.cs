using System.Globalization;
using DanVan.Core.Ingestion.Readers.Shared;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// The one entry point for reading an uploaded file: refuses files over the size limit and names with an extension not
/// in <see cref="DocumentFormats"/>, picks the reader by the file's content (magic bytes, ZIP entries, HTML markers,
/// decodable text; the extension only breaks ties), and guarantees that every failure surfaces as a <see cref="DocumentFormatException"/> with a reason for the admin.
/// </summary>
public sealed class DocumentReaderRegistry
{
    /// <summary>The refusal for a file over <see cref="IngestionOptions.MaxFileBytes"/>, shared by every channel.</summary>
    public static string TooLargeMessage(string fileName, long size, long limit) =>
        $"Tệp “{fileName}” có dung lượng {FormatSize(size)}, vượt giới hạn {FormatSize(limit)}. Hãy tách nhỏ tệp rồi gửi lại.";

    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IOptions<IngestionOptions> _options;

    public DocumentReaderRegistry(IEnumerable<IDocumentReader> readers, IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(options);
        _readers = readers.ToList();
        _options = options;
    }

    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>The reader for this content (the whole file is passed to <see cref="IDocumentReader.CanRead"/>); throws when the type is not supported.</summary>
    public IDocumentReader Resolve(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        fileName ??= string.Empty;
        if (content.Length == 0)
        {
            throw new DocumentFormatException($"Tệp “{fileName}” rỗng (0 byte), không có gì để nạp.");
        }

        var accepted = DocumentFormats.IsAccepted(fileName);
        var reader = accepted ? _readers.FirstOrDefault(r => r.CanRead(content, fileName)) : null;
        if (reader is not null)
        {
            return reader;
        }

        // Say what the content is when it can be told (a PNG, an Excel file), otherwise which extension was refused.
        var sniff = ContentSniffer.Detect(content, fileName);
        var what = sniff.Description is not null ? $" ({sniff.Description})"
            : accepted ? string.Empty : $" (đuôi {Path.GetExtension(fileName)})";
        throw new DocumentFormatException(
            $"Không hỗ trợ loại tệp của “{fileName}”{what}. Các định dạng được hỗ trợ: {DocumentFormats.List}.");
    }

    /// <summary>Checks the size, resolves the reader and reads. Only <see cref="DocumentFormatException"/> (or cancellation) escapes.</summary>
    public async Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        fileName ??= string.Empty;
        var limit = _options.Value.MaxFileBytes;
        if (content.Length > limit)
        {
            throw new DocumentFormatException(TooLargeMessage(fileName, content.Length, limit));
        }

        var reader = Resolve(content, fileName);
        ParsedDocument document;
        try
        {
            document = await reader.ReadAsync(content, fileName, cancellationToken);
        }
        catch (DocumentFormatException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new DocumentFormatException(
                $"Không đọc được tệp “{fileName}” (định dạng {reader.Format}): {ex.GetType().Name}: {ex.Message}", ex);
        }

        if (!document.Blocks.Exists(b => !string.IsNullOrWhiteSpace(b.Text)))
        {
            throw new DocumentFormatException($"Tệp “{fileName}” không có nội dung chữ nào để nạp.");
        }

        return document;
    }

    /// <summary>Sizes in MB (KB for small ones) with a Vietnamese decimal comma.</summary>
    internal static string FormatSize(long bytes)
    {
        const double Mb = 1024 * 1024;
        var text = bytes >= 100 * 1024
            ? (bytes / Mb).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
        return text.Replace('.', ',');
    }
}
