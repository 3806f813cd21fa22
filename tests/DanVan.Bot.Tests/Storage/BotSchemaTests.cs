using System.Globalization;
using DanVan.Bot.Storage;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Tests.Storage;

/// <summary>
/// The bot's tables moved from Core's migrations (steps 4 and 7) into the bot's own: databases made by the code of
/// 2026-12-06 (replayed from <c>schema-2026-12-06.sql</c>, that day's migration steps verbatim) must open and upgrade
/// without loss, and a fresh database must get the same schema.
/// </summary>
public sealed class BotSchemaTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"danvan-schema-{Guid.NewGuid():N}");

    // Core's steps added after the move (8: syllable_forms) and the tables they made: a fresh database has them, the
    // schema of 2026-12-06 does not.
    private const int CoreVersion = 8;
    private static readonly string[] CoreTablesSinceTheMove = ["syllable_forms"];

    public BotSchemaTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Open_FreshDatabase_HasTheSchemaOfTheDayBeforeTheMove()
    {
        var legacy = Legacy("legacy.db", steps: 7);

        var fresh = Open(File("fresh.db"));

        Assert.Equal(Schema(legacy), Schema(fresh).Where(row => !CoreTablesSinceTheMove.Any(t => row.Contains($" | {t} | ", StringComparison.Ordinal))));
        Assert.Equal(CoreVersion, Scalar(fresh, "PRAGMA user_version;"));
        Assert.Equal(BotSchema.Migrations.LatestVersion, BotVersion(fresh));
    }

    [Theory]
    [InlineData(3)] // before the bot had tables
    [InlineData(4)] // telegram_updates and telegram_answers, no outbox yet
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)] // the schema of 2026-12-06: every bot table made by Core's steps
    public void Open_DatabaseOfAnEarlierVersion_UpgradesToTheFreshSchemaKeepingEveryRow(int steps)
    {
        var path = Legacy("old.db", steps);
        var rows = FillEveryTable(path);

        Open(path);

        var fresh = Open(File("fresh.db"));
        Assert.Equal(Schema(fresh), Schema(path));
        Assert.Equal(CoreVersion, Scalar(path, "PRAGMA user_version;"));
        Assert.Equal(BotSchema.Migrations.LatestVersion, BotVersion(path));
        foreach (var (table, count) in rows)
        {
            Assert.Equal(count, Scalar(path, $"SELECT count(*) FROM {table};"));
        }
    }

    [Fact]
    public void Open_DatabaseOfTheDayBeforeTheMove_KeepsDeliveryStateUsable()
    {
        var path = Legacy("old.db", steps: 7);
        Execute(path, """
            INSERT INTO telegram_updates (update_id, payload, received_at, attempts, failed_at, last_error)
            VALUES (41, '{}', '2026-12-06T10:00:00Z', 3, '2026-12-06T10:01:00Z', 'boom');
            INSERT INTO telegram_outbox (chat_id, text, created_at, next_attempt_at) VALUES (5, 'xin chào', '2026-12-06T10:00:00Z', '2026-12-06T10:00:00Z');
            """);

        Open(path);

        Assert.Equal(1, Scalar(path, "SELECT count(*) FROM telegram_updates WHERE update_id = 41 AND failed_at IS NOT NULL AND attempts = 3;"));
        Assert.Equal(1, Scalar(path, "SELECT count(*) FROM telegram_outbox WHERE chat_id = 5 AND status = 'pending';"));
    }

    [Fact]
    public void Open_BotVersionNewerThanThisProgram_RefusedWithThePathAndLeftUntouched()
    {
        var path = File("newer.db");
        Open(path);
        Execute(path, $"UPDATE schema_versions SET version = {BotSchema.Migrations.LatestVersion + 1} WHERE owner = 'bot';");
        SqliteConnection.ClearAllPools();
        var before = System.IO.File.ReadAllBytes(path);

        var error = Assert.Throws<DatabaseException>(() => new SqliteConnectionFactory(path, [BotSchema.Migrations]).EnsureInitialized());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"phiên bản lược đồ {BotSchema.Migrations.LatestVersion + 1} (phần bot)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, System.IO.File.ReadAllBytes(path));
    }

    [Fact]
    public void Restore_BackupOfTheDayBeforeTheMove_AcceptedAndUpgradedOnOpen()
    {
        var backup = Legacy("backup.db", steps: 7);
        var database = File("danvan.db");
        var factory = new SqliteConnectionFactory(database, [BotSchema.Migrations]);

        var restored = new DatabaseBackup(factory).Restore(backup);

        Assert.Equal(7, restored.Restored.SchemaVersion);
        factory.EnsureInitialized();
        Assert.Equal(BotSchema.Migrations.LatestVersion, BotVersion(database));
    }

    [Fact]
    public void Restore_BackupWithANewerBotSchema_Refused()
    {
        var backup = File("future.db");
        Open(backup);
        Execute(backup, $"UPDATE schema_versions SET version = {BotSchema.Migrations.LatestVersion + 1} WHERE owner = 'bot'; PRAGMA journal_mode = DELETE;");
        SqliteConnection.ClearAllPools();

        var error = Assert.Throws<DatabaseException>(() => new DatabaseBackup(new SqliteConnectionFactory(File("danvan.db"), [BotSchema.Migrations])).Restore(backup));

        Assert.Contains("phiên bản lược đồ", error.Message, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(File("danvan.db")));
    }

    private string File(string name) => Path.Combine(_directory, name);

    private static string Open(string path)
    {
        new SqliteConnectionFactory(path, [BotSchema.Migrations]).EnsureInitialized();
        SqliteConnection.ClearAllPools();
        return path;
    }

    /// <summary>A database as the code of 2026-12-06 left it after its first <paramref name="steps"/> migration steps.</summary>
    private string Legacy(string name, int steps)
    {
        var script = System.IO.File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "DanVan.Bot.Tests", "Storage", "schema-2026-12-06.sql"));
        var cut = script.IndexOf($"-- step {steps + 1}\n", StringComparison.Ordinal);
        var path = File(name);
        Execute(path, cut < 0 ? script : script[..cut]);
        return path;
    }

    /// <summary>One row in every table the database has (FTS5 tables through their own insert); the count per table.</summary>
    private static Dictionary<string, long> FillEveryTable(string path)
    {
        var inserts = new Dictionary<string, string>
        {
            ["documents"] = "INSERT INTO documents (id, source_key, title, content_hash, added_at) VALUES (1, 'k', 'Tài liệu', 'h', '2026-12-06');",
            ["passages"] = "INSERT INTO passages (id, document_id, ordinal, text) VALUES (1, 1, 0, 'dân vận khéo');",
            ["kv"] = "INSERT INTO kv (key, value) VALUES ('telegram.offset', '42');",
            ["courses"] = "INSERT INTO courses (title, start_date, origin, dedupe_key, created_at) VALUES ('Lớp', '2026-12-01', 'admin', 'd', '2026-12-06');",
            ["subscriptions"] = "INSERT INTO subscriptions (chat_id, subscribed_at) VALUES (7, '2026-12-06');",
            ["digest_log"] = "INSERT INTO digest_log (chat_id, local_date, status, recorded_at) VALUES (7, '2026-12-06', 'sent', '2026-12-06');",
            ["passage_embeddings"] = "INSERT INTO passage_embeddings (passage_id, model, dims, vector) VALUES (1, 'm', 1, x'00000000');",
            ["telegram_updates"] = "INSERT INTO telegram_updates (update_id, payload, received_at) VALUES (41, '{}', '2026-12-06');",
            ["telegram_answers"] = "INSERT INTO telegram_answers (chat_id, message_id, question, created_at) VALUES (7, 9, 'Hỏi?', '2026-12-06');",
            ["questions"] = "INSERT INTO questions (id, asked_at, channel, question, key_terms, outcome, mode) VALUES (1, '2026-12-06', 'telegram', 'Hỏi?', 'hoi', 'none', 'extractive');",
            ["question_votes"] = "INSERT INTO question_votes (question_id, voter, vote, voted_at) VALUES (1, 'v', 1, '2026-12-06');",
            ["telegram_outbox"] = "INSERT INTO telegram_outbox (chat_id, text, created_at, next_attempt_at) VALUES (7, 'Đáp', '2026-12-06', '2026-12-06');",
        };
        var counts = new Dictionary<string, long>();
        foreach (var (table, insert) in inserts)
        {
            if (Scalar(path, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';") == 1)
            {
                Execute(path, insert);
                counts[table] = 1;
            }
        }

        Assert.True(counts.Count >= 7, "the fixture should fill the tables of every version from 3 on");
        return counts;
    }

    private static int BotVersion(string path) =>
        (int)Scalar(path, $"SELECT version FROM schema_versions WHERE owner = '{BotSchema.Owner}';");

    /// <summary>Every table, index and trigger with its SQL, sorted; the owners' version table is left out.</summary>
    private static List<string> Schema(string path)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> 'schema_versions' ORDER BY type, name;";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3)));
        }

        return rows;
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
