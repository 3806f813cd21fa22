namespace DanVan.Core.Ingestion;

/// <summary>Outcome of ingesting one file.</summary>
public enum IngestStatus
{
    Added,
    Updated,
    Unchanged,
    Failed,
}

/// <summary>What happened to one file: status, the document id when stored, passages indexed, and the reason on failure.</summary>
public sealed record IngestResult(
    string FileName,
    IngestStatus Status,
    long? DocumentId = null,
    string? Title = null,
    int Passages = 0,
    string? Reason = null)
{
    public bool Succeeded => Status != IngestStatus.Failed;
}
