using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Copies the database while it is in use (SQLite's online backup API: readers and the bot's writers go on, and the copy
/// is one consistent moment) and puts a copy back after checking it. Errors a user can fix are
/// <see cref="DatabaseException"/>s with a Vietnamese message.
/// </summary>
public sealed class DatabaseBackup(SqliteConnectionFactory factory)
{
    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="destination"/> (replacing a file there only once the
    /// copy is complete and checked) as one self-contained file (rollback journal, no -wal beside it).
    /// </summary>
    public async Task<BackupInfo> BackupAsync(string destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = Path.GetFullPath(destination);
        if (string.Equals(target, factory.DatabasePath, StringComparison.Ordinal))
        {
            throw new DatabaseException(target, "Tệp sao lưu phải khác tệp cơ sở dữ liệu đang dùng.");
        }

        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var source = await factory.OpenAsync(cancellationToken))
            using (var copy = OpenFile(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);
                Execute(copy, "PRAGMA journal_mode = DELETE;");
            }

            var info = Inspect(temporary);
            File.Move(temporary, target, overwrite: true);
            return info with { Path = target };
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Checks <paramref name="backupPath"/> (a SQLite database that passes PRAGMA integrity_check, with a schema this
    /// program knows) and puts it in place of the database. The current file is kept as <c>FILE.before-restore</c>.
    /// Refuses while any process uses the database (see <see cref="DatabaseLock"/>).
    /// </summary>
    public RestoreInfo Restore(string backupPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backupPath);
        var source = Path.GetFullPath(backupPath);
        if (!File.Exists(source))
        {
            throw new DatabaseException(source, $"Không có tệp sao lưu '{source}'.");
        }

        var info = Inspect(source);
        var database = factory.DatabasePath;
        using var exclusive = DatabaseLock.TryAcquireExclusive(database) ?? throw new DatabaseException(database,
            $"Cơ sở dữ liệu '{database}' đang được dùng (bot đang chạy hoặc một lệnh khác đang mở nó). " +
            "Hãy dừng bot (ví dụ docker compose stop bot) rồi chạy lại restore.");

        // Copy next to the database first, so the final step is a rename on one file system.
        var directory = Path.GetDirectoryName(database)!;
        Directory.CreateDirectory(directory);
        var staged = Path.Combine(directory, $".{Path.GetFileName(database)}.{Guid.NewGuid():N}.restore");
        try
        {
            File.Copy(source, staged);
            SqliteConnection.ClearAllPools();
            var kept = database + ".before-restore";
            if (File.Exists(database))
            {
                File.Move(database, kept, overwrite: true);
            }

            // The old write-ahead log belongs to the old file: replayed into the restored one it would corrupt it.
            File.Delete(database + "-wal");
            File.Delete(database + "-shm");
            File.Move(staged, database);
            return new RestoreInfo(info, File.Exists(kept) ? kept : null);
        }
        finally
        {
            File.Delete(staged);
        }
    }

    /// <summary>
    /// Integrity, schema versions (Core's and every registered owner's, none newer than this program's) and contents of
    /// a database file (opened read-only).
    /// </summary>
    public BackupInfo Inspect(string path)
    {
        try
        {
            using var connection = OpenFile(path, SqliteOpenMode.ReadOnly);
            var integrity = Scalar(connection, "PRAGMA integrity_check;")?.ToString();
            if (!string.Equals(integrity, "ok", StringComparison.Ordinal))
            {
                throw new DatabaseException(path, $"Tệp '{path}' không toàn vẹn (PRAGMA integrity_check: {integrity}); không dùng được.");
            }

            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            if (version < 1 || version > Migrations.LatestVersion
                || Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'documents';"), CultureInfo.InvariantCulture) == 0)
            {
                throw new DatabaseException(path,
                    $"Tệp '{path}' không phải bản sao lưu của DanVan.Bot mà phiên bản này dùng được (phiên bản lược đồ {version}, " +
                    $"chương trình hiểu từ 1 đến {Migrations.LatestVersion}).");
            }

            foreach (var schema in factory.Schemas)
            {
                var owned = SchemaVersions.Read(connection, schema);
                if (owned > schema.LatestVersion)
                {
                    throw new DatabaseException(path,
                        $"Tệp '{path}' do một phiên bản DanVan.Bot mới hơn tạo ra (phiên bản lược đồ {owned}{DatabaseProblems.OwnerSuffix(schema.Owner)}, " +
                        $"chương trình hiểu đến {schema.LatestVersion}); không khôi phục được bằng phiên bản này.");
                }
            }

            return new BackupInfo(path, version,
                Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM documents;"), CultureInfo.InvariantCulture),
                Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM passages;"), CultureInfo.InvariantCulture),
                new FileInfo(path).Length);
        }
        catch (SqliteException ex)
        {
            throw new DatabaseException(path, $"Tệp '{path}' không phải cơ sở dữ liệu SQLite hợp lệ hoặc đã hỏng (lỗi SQLite {ex.SqliteErrorCode}).", ex);
        }
    }

    // Unpooled, so the file is closed (and can be renamed or deleted) as soon as the connection is disposed.
    private static SqliteConnection OpenFile(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql) => Scalar(connection, sql);
}
