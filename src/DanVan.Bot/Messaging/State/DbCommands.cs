using DanVan.Core.Storage;

namespace DanVan.Bot.Messaging.State;

/// <summary>One statement on its own connection, for the small updates of the Telegram delivery tables.</summary>
internal static class DbCommands
{
    public static async Task ExecuteAsync(this SqliteConnectionFactory db, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
