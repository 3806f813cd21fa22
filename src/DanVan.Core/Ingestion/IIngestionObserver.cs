namespace DanVan.Core.Ingestion;

/// <summary>
/// Told after a document has been committed to the index (added or replaced). Used, for example, to suggest courses
/// announced in the document. Failures are logged by the pipeline and never undo the ingestion.
/// </summary>
public interface IIngestionObserver
{
    Task OnDocumentIngestedAsync(IngestedDocument document, CancellationToken cancellationToken);

    /// <summary>Told after an admin removed a document (<c>remove ID</c>, /remove), with the title it had.</summary>
    Task OnDocumentRemovedAsync(long documentId, string title, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A document as it was just stored: cleaned paragraphs in reading order and its metadata.</summary>
public sealed record IngestedDocument(
    long DocumentId,
    string Title,
    string FileName,
    DateOnly? Published,
    string? Province,
    string Origin,
    IReadOnlyList<string> Paragraphs);
