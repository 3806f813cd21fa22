using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Opens connections to the one database file. The first open creates the directory, checks the file
/// is a database (a corrupt file is reported, never overwritten) and applies Core's migrations, then those of every
/// other owner of tables in the file (<see cref="SchemaMigrations"/>, e.g. the bot's).
/// Connections are pooled by Microsoft.Data.Sqlite, so opening one per unit of work is cheap.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly object _initLock = new();
    private volatile bool _initialized;

    static SqliteConnectionFactory() => SQLitePCL.Batteries_V2.Init();

    public SqliteConnectionFactory(string databasePath, IEnumerable<SchemaMigrations>? schemas = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        Schemas = (schemas ?? []).Distinct().ToArray();
        if (Schemas.GroupBy(s => s.Owner, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two schema sequences are owned by '{twice.Key}'.", nameof(schemas));
        }

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

    /// <summary>The migrations of other owners of tables, applied after Core's in this order.</summary>
    public IReadOnlyList<SchemaMigrations> Schemas { get; }

    /// <summary>
    /// Size ceiling in megabytes (0: none), applied as PRAGMA max_page_count to every connection opened from now on, so a
    /// write past it fails with SQLITE_FULL exactly as on a full disk.
    /// </summary>
    public int MaxDatabaseMegabytes { get; set; }

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
            if (MaxDatabaseMegabytes > 0)
            {
                // max_page_count is per connection and pooled connections keep it: set it (or lift it) on every open.
                pragma.CommandText += $" PRAGMA max_page_count = {(long)MaxDatabaseMegabytes * 1024 * 1024 / 4096};";
            }
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
            try
            {
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw DatabaseProblems.Unwritable(DatabasePath, ex);
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
                foreach (var schema in Schemas)
                {
                    SchemaVersions.Apply(connection, schema);
                }
            }
            catch (SqliteException ex)
            {
                throw Describe(ex);
            }
            catch (SchemaTooNewException ex)
            {
                throw DatabaseProblems.SchemaTooNew(DatabasePath, ex);
            }

            _initialized = true;
        }
    }

    private DatabaseException Describe(SqliteException ex) => DatabaseProblems.Describe(DatabasePath, ex);
}
