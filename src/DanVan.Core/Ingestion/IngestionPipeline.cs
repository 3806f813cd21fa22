using System.Security.Cryptography;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Storage;
using Microsoft.Extensions.Logging;

namespace DanVan.Core.Ingestion;

/// <summary>
/// The one ingestion path for the CLI, the knowledge sync and Telegram uploads:
/// read → clean → metadata → chunk → store (one transaction) → observers.
/// </summary>
public sealed partial class IngestionPipeline : IKnowledgeAdmin
{
    private readonly DocumentReaderRegistry _readers;
    private readonly KnowledgeStore _store;
    private readonly IEnumerable<IIngestionObserver> _observers;
    private readonly ILogger<IngestionPipeline> _logger;

    public IngestionPipeline(DocumentReaderRegistry readers, KnowledgeStore store, IEnumerable<IIngestionObserver> observers,
        ILogger<IngestionPipeline> logger)
    {
        _readers = readers;
        _store = store;
        _observers = observers;
        _logger = logger;
    }

    /// <summary>Ingests an uploaded file under the key "upload:{file name}": the same name again replaces the old version.</summary>
    public Task<IngestResult> IngestAsync(byte[] content, string fileName, string origin, CancellationToken cancellationToken = default) =>
        IngestAsync(content, fileName, "upload:" + Path.GetFileName(fileName), path: null, origin, dryRun: false, cancellationToken);

    /// <summary>Ingests one file's bytes under <paramref name="sourceKey"/>. With <paramref name="dryRun"/> nothing is written.</summary>
    public async Task<IngestResult> IngestAsync(byte[] content, string fileName, string sourceKey, string? path, string origin, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName);
        try
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(content));
            var existing = _store.FindBySourceKey(sourceKey);
            if (existing is { } same && same.Hash == hash)
            {
                return new IngestResult(name, IngestStatus.Unchanged, same.Id);
            }

            if (existing is null && _store.FindByHash(hash) is { } duplicate)
            {
                return new IngestResult(name, IngestStatus.Unchanged, duplicate.Id, duplicate.Title, duplicate.Passages,
                    $"Nội dung trùng với tài liệu đã có (#{duplicate.Id}).");
            }

            var parsed = await _readers.ReadAsync(content, name, cancellationToken);
            var cleaned = DocumentCleaner.Clean(parsed);
            var metadata = MetadataExtractor.Extract(parsed, cleaned, name);
            var chunks = Chunker.Split(cleaned.Blocks);
            if (chunks.Count == 0)
            {
                throw new DocumentFormatException($"Tệp '{name}' không có nội dung văn bản nào để lập chỉ mục.");
            }

            var status = existing is null ? IngestStatus.Added : IngestStatus.Updated;
            if (dryRun)
            {
                return new IngestResult(name, status, existing?.Id, metadata.Title, chunks.Count);
            }

            var documentId = _store.Replace(sourceKey, path, origin, hash, metadata, chunks);
            LogIngested(_logger, name, documentId, chunks.Count);
            await NotifyAsync(new IngestedDocument(documentId, metadata.Title, name, metadata.Published, metadata.Province, origin,
                cleaned.Blocks.Select(b => b.Text).ToList()), cancellationToken);
            return new IngestResult(name, status, documentId, metadata.Title, chunks.Count);
        }
        catch (DocumentFormatException ex)
        {
            LogRejected(_logger, name, ex.Message);
            return new IngestResult(name, IngestStatus.Failed, Reason: ex.Message);
        }
    }

    public Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.List());

    public Task<bool> RemoveDocumentAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Remove(id));

    private async Task NotifyAsync(IngestedDocument document, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnDocumentIngestedAsync(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(_logger, ex, observer.GetType().Name, document.FileName);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {FileName} as document {DocumentId} with {Passages} passages")]
    private static partial void LogIngested(ILogger logger, string fileName, long documentId, int passages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {FileName}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingestion observer {Observer} failed for {FileName}; the document stays indexed")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer, string fileName);
}
