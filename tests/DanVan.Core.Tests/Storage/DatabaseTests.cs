using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Tests.Storage;

public sealed class DatabaseTests
{
    [Fact]
    public void EnsureInitialized_MissingDirectory_CreatesDatabaseInWalMode()
    {
        using var temp = new TempDirectory();
        var path = temp.File(Path.Combine("nested", "deeper", "danvan.db"));
        var factory = new SqliteConnectionFactory(path);
        using var connection = factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void EnsureInitialized_CorruptFile_IsReportedWithPathAndLeftUntouched()
    {
        using var temp = new TempDirectory();
        var path = temp.File("danvan.db");
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(path, garbage);

        var error = Assert.Throws<DatabaseException>(() => new SqliteConnectionFactory(path).EnsureInitialized());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public void EnsureInitialized_Twice_KeepsSchemaVersion()
    {
        using var temp = new TempDirectory();
        var path = temp.File("danvan.db");
        new SqliteConnectionFactory(path).EnsureInitialized();
        SqliteConnection.ClearAllPools();
        var factory = new SqliteConnectionFactory(path);
        using var connection = factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)Migrations.LatestVersion, command.ExecuteScalar());
    }
}
