using System.Security.Cryptography;
using DanVan.Core.Documents;
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
    /// <summary>Documents written per transaction by <see cref="IngestManyAsync"/>.</summary>
    public const int BatchSize = 64;

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
        var prepared = await PrepareAsync(new IngestSource(fileName, sourceKey, path, _ => Task.FromResult(content)), origin, dryRun, cancellationToken);
        return prepared.Document is null ? prepared.Result : (await WriteAsync([prepared], cancellationToken))[0];
    }

    /// <summary>
    /// Ingests many files, in order, as <see cref="IngestAsync(byte[], string, string, string?, string, bool, CancellationToken)"/>
    /// would one by one, but faster: files are read and parsed on other threads while the previous ones are written, and
    /// up to <see cref="BatchSize"/> documents share a transaction. <paramref name="progress"/> hears of each file as it is done.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> IngestManyAsync(IReadOnlyList<IngestSource> sources, string origin, Action<IngestResult>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var batches = sources.Chunk(BatchSize).ToList();
        var results = new List<IngestResult>(sources.Count);
        var next = batches.Count > 0 ? PrepareBatchAsync(batches[0], origin, cancellationToken) : null;
        for (var i = 0; i < batches.Count; i++)
        {
            var prepared = await next!;
            next = i + 1 < batches.Count ? PrepareBatchAsync(batches[i + 1], origin, cancellationToken) : null;
            foreach (var result in await WriteAsync(prepared, cancellationToken))
            {
                results.Add(result);
                progress?.Invoke(result);
            }
        }

        return results;
    }

    // SQLite has one writer: the other cores read and parse the next batch meanwhile.
    private Task<Prepared[]> PrepareBatchAsync(IngestSource[] batch, string origin, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        var prepared = new Prepared[batch.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Length), options,
            async (i, token) => prepared[i] = await PrepareAsync(batch[i], origin, dryRun: false, token));
        return prepared;
    }, cancellationToken);

    private async Task<Prepared> PrepareAsync(IngestSource source, string origin, bool dryRun, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(source.FileName);
        try
        {
            var content = await source.ReadAsync(cancellationToken);
            var hash = Convert.ToHexStringLower(SHA256.HashData(content));
            var existing = _store.FindBySourceKey(source.SourceKey);
            if (existing is { } same && same.Hash == hash)
            {
                return new Prepared(new IngestResult(name, IngestStatus.Unchanged, same.Id));
            }

            if (existing is null && Duplicate(name, hash) is { } duplicate)
            {
                return new Prepared(duplicate);
            }

            var parsed = await _readers.ReadAsync(content, name, cancellationToken);
            var cleaned = DocumentCleaner.Clean(parsed);
            var metadata = MetadataExtractor.Extract(parsed, cleaned, name);
            var chunks = Chunker.Split(cleaned.Blocks);
            if (chunks.Count == 0)
            {
                throw new DocumentFormatException($"Tệp '{name}' không có nội dung văn bản nào để lập chỉ mục.");
            }

            var result = new IngestResult(name, existing is null ? IngestStatus.Added : IngestStatus.Updated, existing?.Id, metadata.Title, chunks.Count);
            if (dryRun)
            {
                return new Prepared(result);
            }

            var document = new PreparedDocument(source.SourceKey, source.Path, origin, hash, metadata, chunks);
            return new Prepared(result, document, cleaned.Blocks.Select(b => b.Text).ToList(), IsNew: existing is null);
        }
        catch (DocumentFormatException ex)
        {
            LogRejected(_logger, name, ex.Message);
            return new Prepared(new IngestResult(name, IngestStatus.Failed, Reason: ex.Message));
        }
    }

    // One transaction for the batch; a document whose content was stored meanwhile (by an earlier batch, or earlier in
    // this one) is not stored twice. Observers hear of each document once the batch is committed.
    private async Task<IngestResult[]> WriteAsync(IReadOnlyList<Prepared> batch, CancellationToken cancellationToken)
    {
        var results = batch.Select(p => p.Result).ToArray();
        var written = new List<int>();
        var hashes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Document is not { } document)
            {
                continue;
            }

            if (batch[i].IsNew && (hashes.ContainsKey(document.ContentHash) || Duplicate(results[i].FileName, document.ContentHash) is not null))
            {
                continue;
            }

            hashes[document.ContentHash] = i;
            written.Add(i);
        }

        var ids = _store.Write(written.Select(i => batch[i].Document!).ToList());
        for (var k = 0; k < written.Count; k++)
        {
            var i = written[k];
            results[i] = results[i] with { DocumentId = ids[k] };
            LogIngested(_logger, results[i].FileName, ids[k], results[i].Passages);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Document is { } document && !written.Contains(i))
            {
                results[i] = Duplicate(results[i].FileName, document.ContentHash) ?? results[i];
            }
        }

        foreach (var i in written)
        {
            var document = batch[i].Document!;
            await NotifyAsync(new IngestedDocument(results[i].DocumentId!.Value, document.Metadata.Title, results[i].FileName, document.Metadata.Published,
                document.Metadata.Province, document.Origin, batch[i].Paragraphs!), cancellationToken);
        }

        return results;
    }

    private IngestResult? Duplicate(string name, string hash) => _store.FindByHash(hash) is { } duplicate
        ? new IngestResult(name, IngestStatus.Unchanged, duplicate.Id, duplicate.Title, duplicate.Passages, $"Nội dung trùng với tài liệu đã có (#{duplicate.Id}).")
        : null;

    public Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.List());

    public async Task<bool> RemoveDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        var title = _store.FindTitle(id);
        if (title is null || !_store.Remove(id))
        {
            return false;
        }

        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnDocumentRemovedAsync(id, title, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(_logger, ex, observer.GetType().Name, title);
            }
        }

        return true;
    }

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

    /// <summary>A file read and parsed: its result so far and, when it is to be written, the document and its paragraphs.</summary>
    private sealed record Prepared(IngestResult Result, PreparedDocument? Document = null, IReadOnlyList<string>? Paragraphs = null, bool IsNew = false);
}
