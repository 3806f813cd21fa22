namespace DanVan.Core.Storage;

/// <summary>
/// Says that a process uses the database file: every DanVan.Bot process that opens it (the bot, CLI verbs) holds a
/// shared lock on <c>FILE.lock</c> beside it, and <c>restore</c> takes it exclusively, so it cannot replace the file
/// under a running bot and a bot cannot start during a restore. The lock is the operating system's (flock on Linux,
/// share modes on Windows): it is released when the process ends, even by kill -9, so a crash leaves no stale lock.
/// </summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly FileStream _stream;

    private DatabaseLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file of <paramref name="databasePath"/>.</summary>
    public static string LockPath(string databasePath) => Path.GetFullPath(databasePath) + ".lock";

    /// <summary>Holds the lock shared (any number of users). Throws <see cref="DatabaseException"/> during a restore.</summary>
    public static DatabaseLock AcquireShared(string databasePath) =>
        TryAcquire(databasePath, exclusive: false) ?? throw new DatabaseException(databasePath,
            $"Cơ sở dữ liệu '{Path.GetFullPath(databasePath)}' đang được khôi phục (restore); hãy chạy lại khi việc khôi phục xong.");

    /// <summary>Takes the lock exclusively, or returns null when another process (or handle) uses the database.</summary>
    public static DatabaseLock? TryAcquireExclusive(string databasePath) => TryAcquire(databasePath, exclusive: true);

    private static DatabaseLock? TryAcquire(string databasePath, bool exclusive)
    {
        var path = LockPath(databasePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw DatabaseProblems.Unwritable(Path.GetFullPath(databasePath), ex);
        }

        try
        {
            // .NET maps FileShare.None to an exclusive and read-only sharing to a shared advisory lock (flock) on Unix.
            var stream = exclusive
                ? new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)
                : new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
            return new DatabaseLock(stream);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // The lock file cannot be created: the folder cannot be written, and neither could the database.
            throw DatabaseProblems.Unwritable(Path.GetFullPath(databasePath), ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
