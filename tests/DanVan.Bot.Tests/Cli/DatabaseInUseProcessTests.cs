using System.Text;
using DanVan.Bot.Tests.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Tests.Cli;

/// <summary>
/// <c>backup</c>, <c>restore</c> and <c>health</c> as separate processes beside a running bot process (polling, no port):
/// a backup is made while it runs, a restore is refused until it is gone — also after kill -9, which leaves no stale lock.
/// </summary>
public sealed class DatabaseInUseProcessTests : BotScenarioTest
{
    private string WorkDir => Path.GetDirectoryName(DatabasePath)!;

    private Dictionary<string, string> Environment => new()
    {
        ["Telegram__BotToken"] = Server.Token,
        ["Telegram__ApiBaseUrl"] = Server.BaseUrl,
        ["Telegram__PollTimeoutSeconds"] = "2",
        ["Storage__DatabasePath"] = DatabasePath,
        ["Knowledge__Path"] = RepoPaths.Knowledge,
    };

    private Task<(int ExitCode, string Stdout, string Stderr)> Cli(params string[] args) =>
        CliProcess.RunAsync(WorkDir, Environment.Where(e => e.Key != "Telegram__BotToken").ToDictionary(), null, args);

    [Fact]
    public async Task BackupWhileRunning_RestoreRefusedUntilTheBotIsGone_HealthFollows()
    {
        var backup = Path.Combine(WorkDir, Guid.NewGuid().ToString("N"), "nightly.db");
        var log = new StringBuilder();
        using (var bot = CliProcess.StartDrained(WorkDir, Environment, log, "run"))
        {
            Server.UserSaysInPrivate(UserId, "Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận?");
            await Server.WaitForMessagesAsync(1, timeout: TimeSpan.FromSeconds(60));

            var healthy = await Cli("health");
            var saved = await Cli("backup", backup);
            var refused = await Cli("restore", backup);
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();

            Assert.True(healthy.ExitCode == 0, healthy.Stderr + log);
            Assert.Contains("đang được bot dùng", healthy.Stdout, StringComparison.Ordinal);
            Assert.True(saved.ExitCode == 0, saved.Stderr);
            Assert.Contains("5 tài liệu", saved.Stdout, StringComparison.Ordinal);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("đang được dùng", refused.Stderr, StringComparison.Ordinal);
        }

        var down = await Cli("health");
        var restored = await Cli("restore", backup);

        Assert.Equal(1, down.ExitCode);
        Assert.Contains("không có bot nào đang chạy", down.Stderr, StringComparison.Ordinal);
        Assert.True(restored.ExitCode == 0, restored.Stderr);
        Assert.Contains("Đã khôi phục", restored.Stdout, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents";
        Assert.Equal(5L, command.ExecuteScalar());
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }
}
