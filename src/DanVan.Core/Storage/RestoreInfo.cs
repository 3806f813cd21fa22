namespace DanVan.Core.Storage;

/// <summary>A restore done: the copy put in place and where the replaced file was kept (null if there was none).</summary>
public sealed record RestoreInfo(BackupInfo Restored, string? KeptPrevious);
