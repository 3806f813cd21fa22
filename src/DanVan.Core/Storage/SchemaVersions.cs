using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Reads and applies the version of each <see cref="SchemaMigrations"/> owner, one row per owner in
/// <c>schema_versions</c> (created with the first owner's first step; Core's own version stays in PRAGMA user_version,
/// where existing databases, backups and older builds read it).
/// </summary>
internal static class SchemaVersions
{
    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_versions (
            owner   TEXT PRIMARY KEY,
            version INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;

    private const string SetVersionSql = """
        INSERT INTO schema_versions (owner, version) VALUES ($owner, $version)
        ON CONFLICT (owner) DO UPDATE SET version = excluded.version;
        """;

    /// <summary>
    /// The owner's version in this database: the recorded one or, when none is recorded, the steps whose tables exist
    /// already (<see cref="SchemaStep.CreatesTable"/>). Reads only, so it also serves a read-only backup.
    /// </summary>
    public static int Read(SqliteConnection connection, SchemaMigrations migrations) => Recorded(connection, migrations.Owner) ?? Adopted(connection, migrations);

    /// <summary>Applies the owner's missing steps, each in its own transaction with its version row.</summary>
    /// <exception cref="SchemaTooNewException">The database records a version above the owner's newest step.</exception>
    public static void Apply(SqliteConnection connection, SchemaMigrations migrations)
    {
        var recorded = Recorded(connection, migrations.Owner);
        var current = recorded ?? Adopted(connection, migrations);
        if (current > migrations.LatestVersion)
        {
            throw new SchemaTooNewException(current, migrations.LatestVersion, migrations.Owner);
        }

        if (recorded is null)
        {
            // Records the adopted version (or 0), so later opens read it instead of looking for tables.
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, CreateTableSql + "\n" + SetVersionSql, migrations.Owner, current);
            transaction.Commit();
        }

        for (var version = current + 1; version <= migrations.LatestVersion; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, migrations.Steps[version - 1].Sql + "\n" + SetVersionSql, migrations.Owner, version);
            transaction.Commit();
        }
    }

    private static int? Recorded(SqliteConnection connection, string owner)
    {
        if (!TableExists(connection, "schema_versions"))
        {
            return null;
        }

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT version FROM schema_versions WHERE owner = $owner;";
        select.Parameters.AddWithValue("$owner", owner);
        return select.ExecuteScalar() is { } version ? Convert.ToInt32(version, CultureInfo.InvariantCulture) : null;
    }

    private static int Adopted(SqliteConnection connection, SchemaMigrations migrations)
    {
        var adopted = 0;
        while (adopted < migrations.Steps.Count
               && migrations.Steps[adopted].CreatesTable is { } table && TableExists(connection, table))
        {
            adopted++;
        }

        return adopted;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, string owner, int version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$version", version);
        command.ExecuteNonQuery();
    }

    private static bool TableExists(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name;";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}
