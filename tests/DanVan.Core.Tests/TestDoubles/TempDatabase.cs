using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.TestDoubles;

/// <summary>A real SQLite database in a temp file, deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"danvan-test-{Guid.NewGuid():N}.db");
        Factory = new SqliteConnectionFactory(Path);
    }

    public string Path { get; }

    public SqliteConnectionFactory Factory { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
