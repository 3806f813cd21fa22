using System.CommandLine;
using System.Globalization;
using DanVan.Bot.Storage;
using DanVan.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>backup PATH</c>: a consistent copy while the bot runs. <c>restore PATH</c>: checks the copy, then replaces the
/// database, refusing while any DanVan.Bot process uses it.
/// </summary>
internal static class BackupVerb
{
    public static Command CreateBackup()
    {
        var path = new Argument<string>("path") { Description = "Tệp sao lưu sẽ ghi, ví dụ backups/danvan-2026-12-06.db." };
        var command = new Command("backup", "Sao lưu cơ sở dữ liệu thành một tệp, kể cả khi bot đang chạy.") { path };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(async (services, console, token) =>
        {
            var info = await services.GetRequiredService<DatabaseBackup>().BackupAsync(parse.GetValue(path)!, token);
            console.WriteLine($"Đã sao lưu vào {info.Path}: {info.Documents} tài liệu, {info.Passages} đoạn, {Size(info.Bytes)} (đã kiểm tra toàn vẹn).");
            return 0;
        }, ct));
        return command;
    }

    public static Command CreateRestore()
    {
        var path = new Argument<string>("path") { Description = "Tệp sao lưu tạo bởi lệnh backup." };
        var command = new Command("restore", "Khôi phục cơ sở dữ liệu từ tệp sao lưu (bot phải dừng trước).") { path };
        // No VerbRunner: it would hold the database lock that restore needs exclusively, and open a database that may be the broken one.
        command.SetAction(async (parse, _) =>
        {
            try
            {
                var builder = AppHost.CreateBuilder([], quietConsole: true);
                var databasePath = builder.Configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.DatabasePath)}"];
                var database = new SqliteConnectionFactory(string.IsNullOrWhiteSpace(databasePath) ? new StorageOptions().DatabasePath : databasePath,
                    [BotSchema.Migrations]);
                var result = new DatabaseBackup(database).Restore(parse.GetValue(path)!);
                await Console.Out.WriteLineAsync(
                    $"Đã khôi phục {database.DatabasePath} từ {result.Restored.Path}: {result.Restored.Documents} tài liệu, {result.Restored.Passages} đoạn." +
                    (result.KeptPrevious is { } kept ? $" Tệp cũ được giữ ở {kept}." : string.Empty));
                return 0;
            }
            catch (Exception ex) when (ex is DatabaseException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync("Không khôi phục: " + ex.Message);
                return 1;
            }
        });
        return command;
    }

    private static string Size(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " MB";
}
