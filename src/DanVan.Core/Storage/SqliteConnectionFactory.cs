using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Opens connections to the one database file. The first open creates the directory, checks the file
/// is a database (a corrupt file is reported, never overwritten) and applies migrations.
/// Connections are pooled by Microsoft.Data.Sqlite, so opening one per unit of work is cheap.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly object _initLock = new();
    private volatile bool _initialized;

    static SqliteConnectionFactory() => SQLitePCL.Batteries_V2.Init();

    public SqliteConnectionFactory(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    /// <summary>Opens a ready connection (WAL, foreign keys on, busy timeout set).</summary>
    public SqliteConnection Open()
    {
        EnsureInitialized();
        return OpenRaw();
    }

    /// <summary>Opens a connection asynchronously.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Open());
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Describe(ex);
        }
    }

    public void EnsureInitialized()
    {
        if (_initialized)
        {
            return;
        }

        lock (_initLock)
        {
            if (_initialized)
            {
                return;
            }

            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var connection = OpenRaw();
            try
            {
                using (var check = connection.CreateCommand())
                {
                    // Reading the schema fails with SQLITE_NOTADB on a file that is not a database.
                    check.CommandText = "PRAGMA journal_mode = WAL; SELECT count(*) FROM sqlite_master;";
                    check.ExecuteScalar();
                }

                Migrations.Apply(connection);
            }
            catch (SqliteException ex)
            {
                throw Describe(ex);
            }

            _initialized = true;
        }
    }

    private DatabaseException Describe(SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 or 11 => new DatabaseException(DatabasePath,
            $"Tệp cơ sở dữ liệu '{DatabasePath}' không phải cơ sở dữ liệu SQLite hợp lệ hoặc đã hỏng (lỗi SQLite {ex.SqliteErrorCode}). " +
            "Tệp được giữ nguyên: hãy chuyển nó sang chỗ khác hoặc khôi phục bản sao lưu rồi chạy lại.", ex),
        _ => new DatabaseException(DatabasePath,
            $"Không dùng được tệp cơ sở dữ liệu '{DatabasePath}': {ex.Message}", ex),
    };
}
