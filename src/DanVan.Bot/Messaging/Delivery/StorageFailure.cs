using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Messaging.Delivery;

/// <summary>
/// Tells a failure of the database to accept writes (disk or quota full, I/O error, read-only file) from every other
/// failure. Such a failure says nothing about the update being handled: retrying that update, or resending its reply,
/// would only repeat itself, so the bot pauses instead (<see cref="StorageGate"/>).
/// </summary>
internal static class StorageFailure
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int EnoSpc = 28;
    private const int DiskFullWin32 = 0x70;

    public static bool Is(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteFull or SqliteIoError or SqliteReadOnly or SqliteCantOpen:
                case IOException io when (io.HResult & 0xFFFF) is EnoSpc or DiskFullWin32:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
                case DatabaseException:
                    continue;
            }
        }

        return false;
    }
}
