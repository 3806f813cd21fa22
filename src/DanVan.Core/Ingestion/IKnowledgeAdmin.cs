using DanVan.Core.Documents;

namespace DanVan.Core.Ingestion;

/// <summary>Document management used by the admin channels (CLI verbs and Telegram uploads): one pipeline for both.</summary>
public interface IKnowledgeAdmin
{
    /// <summary>Ingests one uploaded file. <paramref name="origin"/> says who or what added it (e.g. "telegram:12345").</summary>
    Task<IngestResult> IngestAsync(byte[] content, string fileName, string origin, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a document and all its passages. False when no such id.</summary>
    Task<bool> RemoveDocumentAsync(long id, CancellationToken cancellationToken = default);
}
