using DanVan.Bot.Storage;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>Fills a bot's database (Core's tables and the bot's) to a size ceiling (PRAGMA max_page_count), so every write fails with SQLITE_FULL, and frees it again.</summary>
internal static class DatabaseFiller
{
    public static void Fill(string databasePath, int megabytes)
    {
        var factory = new SqliteConnectionFactory(databasePath, [BotSchema.Migrations]) { MaxDatabaseMegabytes = megabytes };
        using var connection = factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO kv(key, value) VALUES ($key, printf('%.*c', $size, 'f'))";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var size = command.Parameters.Add("$size", SqliteType.Integer);
        var row = 0;
        foreach (var bytes in new[] { 16384, 1024, 64, 1 })
        {
            // Smaller and smaller rows fill what is left of the last pages, so that no write at all fits.
            size.Value = bytes;
            while (true)
            {
                key.Value = $"test.filler.{row++}";
                try
                {
                    command.ExecuteNonQuery();
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 13)
                {
                    break;
                }
            }
        }

        connection.Close();
        SqliteConnection.ClearAllPools();
    }

    public static void Free(string databasePath)
    {
        using var connection = new SqliteConnectionFactory(databasePath, [BotSchema.Migrations]).Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM kv WHERE key LIKE 'test.filler.%'";
        command.ExecuteNonQuery();
    }
}
