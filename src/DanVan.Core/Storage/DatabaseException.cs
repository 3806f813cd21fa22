namespace DanVan.Core.Storage;

/// <summary>The database file cannot be used (corrupt, not a database, unwritable). Carries the path so the operator knows which file.</summary>
public sealed class DatabaseException : Exception
{
    public DatabaseException(string path, string message, Exception? inner = null)
        : base(message, inner) => DatabasePath = path;

    public string DatabasePath { get; }
}
