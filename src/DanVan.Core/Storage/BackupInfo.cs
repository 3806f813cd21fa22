namespace DanVan.Core.Storage;

/// <summary>A checked database copy: where it is, its schema version, what it holds and its size.</summary>
public sealed record BackupInfo(string Path, int SchemaVersion, long Documents, long Passages, long Bytes);
