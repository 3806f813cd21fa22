namespace DanVan.Core.Ingestion.Readers;

/// <summary>Picks the reader for a file and reads it.</summary>
public sealed class DocumentReaderRegistry
{
    private readonly IReadOnlyList<IDocumentReader> _readers;

    public DocumentReaderRegistry(IEnumerable<IDocumentReader> readers) => _readers = readers.ToList();

    /// <summary>File extensions the knowledge sync picks up.</summary>
    public static IReadOnlySet<string> SupportedExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf" };

    public async Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var reader = _readers.FirstOrDefault(r => r.CanRead(content.AsSpan(0, Math.Min(content.Length, 512)), fileName))
            ?? throw new DocumentFormatException($"Không hỗ trợ định dạng của tệp '{fileName}'. Các định dạng được hỗ trợ: .txt, .md, .html, .htm, .docx, .pdf.");
        return await reader.ReadAsync(content, fileName, cancellationToken);
    }
}
