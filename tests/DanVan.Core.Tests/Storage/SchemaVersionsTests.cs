using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Tests.Storage;

public sealed class SchemaVersionsTests : IDisposable
{
    private static readonly SchemaMigrations Plugin = new("plugin",
    [
        new("CREATE TABLE plugin_a (id INTEGER PRIMARY KEY);", CreatesTable: "plugin_a"),
        new("ALTER TABLE plugin_a ADD COLUMN note TEXT; CREATE TABLE plugin_b (id INTEGER PRIMARY KEY);", CreatesTable: "plugin_b"),
    ]);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EnsureInitialized_FreshDatabase_RunsEveryStepOfEveryOwnerAndRecordsTheirVersions()
    {
        var path = _temp.File("fresh.db");

        new SqliteConnectionFactory(path, [Plugin]).EnsureInitialized();

        Assert.Equal((long)Migrations.LatestVersion, Scalar(path, "PRAGMA user_version;"));
        Assert.Equal(2L, Scalar(path, "SELECT version FROM schema_versions WHERE owner = 'plugin';"));
        Assert.Equal(1L, Scalar(path, "SELECT count(*) FROM pragma_table_info('plugin_a') WHERE name = 'note';"));
    }

    [Fact]
    public void EnsureInitialized_NoOtherOwner_CreatesOnlyCoreTables()
    {
        var path = _temp.File("core.db");

        new SqliteConnectionFactory(path).EnsureInitialized();

        Assert.Equal(0L, Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'schema_versions' OR name LIKE 'telegram%';"));
        Assert.Equal(1L, Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'documents';"));
    }

    [Fact]
    public void EnsureInitialized_TablesOfTheFirstStepExistWithoutAVersion_AdoptsThemAndRunsOnlyTheRest()
    {
        var path = _temp.File("adopt.db");
        new SqliteConnectionFactory(path).EnsureInitialized();
        SqliteConnection.ClearAllPools();
        Execute(path, "CREATE TABLE plugin_a (id INTEGER PRIMARY KEY); INSERT INTO plugin_a (id) VALUES (5);");

        new SqliteConnectionFactory(path, [Plugin]).EnsureInitialized();

        Assert.Equal(2L, Scalar(path, "SELECT version FROM schema_versions WHERE owner = 'plugin';"));
        Assert.Equal(5L, Scalar(path, "SELECT id FROM plugin_a;"));
        Assert.Equal(1L, Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'plugin_b';"));
    }

    [Fact]
    public void EnsureInitialized_OwnerVersionNewerThanKnown_RefusedNamingTheOwner()
    {
        var path = _temp.File("newer.db");
        new SqliteConnectionFactory(path, [Plugin]).EnsureInitialized();
        SqliteConnection.ClearAllPools();
        Execute(path, "UPDATE schema_versions SET version = 3 WHERE owner = 'plugin';");

        var error = Assert.Throws<DatabaseException>(() => new SqliteConnectionFactory(path, [Plugin]).EnsureInitialized());

        Assert.Contains("phiên bản lược đồ 3 (phần plugin)", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoSequencesOfOneOwner_Throws()
    {
        var twin = new SchemaMigrations("plugin", [new("CREATE TABLE other (id INTEGER);")]);

        Assert.Throws<ArgumentException>(() => new SqliteConnectionFactory(_temp.File("x.db"), [Plugin, twin]));
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
