namespace DanVan.Core.Ingestion.Readers;

/// <summary>A file cannot be ingested; the message names the reason in plain words (shown to admins).</summary>
public sealed class DocumentFormatException : Exception
{
    public DocumentFormatException() { }

    public DocumentFormatException(string message) : base(message) { }

    public DocumentFormatException(string message, Exception inner) : base(message, inner) { }
}
