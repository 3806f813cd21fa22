using DanVan.Core.Ingestion;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Embeds new passages right after a document is committed. It embeds everything pending, not only this document,
/// so passages left over by an earlier failure are picked up too. A failure is reported to the pipeline, which logs it
/// without undoing the ingestion.
/// </summary>
public sealed class EmbeddingIngestionObserver(EmbeddingIndexer indexer) : IIngestionObserver
{
    public Task OnDocumentIngestedAsync(IngestedDocument document, CancellationToken cancellationToken) =>
        indexer.IndexPendingAsync(cancellationToken);
}
