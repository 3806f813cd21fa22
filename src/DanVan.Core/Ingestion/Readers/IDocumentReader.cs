namespace DanVan.Core.Ingestion.Readers;

/// <summary>Turns the bytes of one file format into a <see cref="ParsedDocument"/>.</summary>
public interface IDocumentReader
{
    /// <summary>Short name of the format, e.g. "docx".</summary>
    string Format { get; }

    /// <summary>True when the content (sniffed from its first bytes) and/or file name belong to this format.</summary>
    bool CanRead(ReadOnlySpan<byte> head, string fileName);

    /// <summary>Parses the file. Throws <see cref="DocumentFormatException"/> with a reason a person can act on when the file is malformed.</summary>
    Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken);
}
