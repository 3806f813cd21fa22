namespace DanVan.Core.Ingestion;

/// <summary>
/// One file for <see cref="IngestionPipeline.IngestManyAsync"/>: its name, the key it is stored under, the path cited
/// (null for uploads), and how to read its bytes (called on a worker thread, once; a <see cref="DocumentFormatException"/>
/// it throws, e.g. for a file too large, fails that file alone).
/// </summary>
public sealed record IngestSource(string FileName, string SourceKey, string? Path, Func<CancellationToken, Task<byte[]>> ReadAsync);
