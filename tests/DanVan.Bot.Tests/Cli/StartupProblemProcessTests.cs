using System.Diagnostics;
using System.Text;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Tests.Cli;

/// <summary>
/// Issue 12 §8, through the real executable: a database written by a newer version, or a path where nothing can be
/// written, is reported like a corrupt file — the path, what is wrong, what to do, exit code 1 — never a stack trace.
/// </summary>
public sealed class StartupProblemProcessTests : IDisposable
{
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "danvan-start-" + Guid.NewGuid().ToString("N"));

    public StartupProblemProcessTests() => Directory.CreateDirectory(_workDir);

    [Theory]
    [InlineData("docs")]
    [InlineData("run")]
    public async Task SchemaNewerThanTheCode_ClearMessageAndExitCode1(string verb)
    {
        var database = Path.Combine(_workDir, "newer.db");
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE kv(key TEXT PRIMARY KEY, value TEXT NOT NULL); PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }

        var (exit, stderr) = await RunAsync(database, verb);

        Assert.Equal(1, exit);
        Assert.Contains(database, stderr, StringComparison.Ordinal);
        Assert.Contains("phiên bản DanVan.Bot mới hơn", stderr, StringComparison.Ordinal);
        Assert.Contains("999", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docs", false)]
    [InlineData("docs", true)]
    [InlineData("run", true)]
    public async Task DatabaseInAReadOnlyDirectory_ClearMessageAndExitCode1(string verb, bool newSubdirectory)
    {
        var directory = ReadOnlyDirectory();
        var database = Path.Combine(newSubdirectory ? Path.Combine(directory, "data") : directory, "danvan.db");

        var (exit, stderr) = await RunAsync(database, verb);

        Assert.Equal(1, exit);
        Assert.Contains(database, stderr, StringComparison.Ordinal);
        Assert.Contains("không cho phép ghi", stderr, StringComparison.Ordinal);
        Assert.Contains("Storage__DatabasePath", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docs", 1)]
    [InlineData("ask", 1)]
    [InlineData("run", 2)]
    public async Task TwoOptionsClassesInvalid_EveryFailureListedWithoutStackTrace(string verb, int expectedExit)
    {
        var database = Path.Combine(_workDir, "danvan.db");

        var (exit, stderr) = await RunAsync(database, verb, new Dictionary<string, string>
        {
            ["Questions__RetentionDays"] = "0",
            ["Retrieval__Candidates"] = "1",
        });

        Assert.Equal(expectedExit, exit);
        Assert.Contains("Cấu hình không hợp lệ", stderr, StringComparison.Ordinal);
        Assert.Contains("Questions:RetentionDays", stderr, StringComparison.Ordinal);
        Assert.Contains("Retrieval:Candidates", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    /// <summary>A directory this process cannot write: a chmod 555 folder, or for root (who ignores modes) sysfs.</summary>
    private string ReadOnlyDirectory()
    {
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
        {
            return "/sys";
        }

        var directory = Path.Combine(_workDir, "read-only");
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        return directory;
    }

    private async Task<(int ExitCode, string Stderr)> RunAsync(string database, string verb, Dictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVan.Bot.dll"));
        start.ArgumentList.Add(verb);
        if (verb == "ask")
        {
            start.ArgumentList.Add("câu hỏi");
        }
        start.Environment["Telegram__BotToken"] = FakeBotApiServer.DefaultToken;
        start.Environment["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9";
        start.Environment["Storage__DatabasePath"] = database;
        start.Environment["Knowledge__Path"] = Path.Combine(_workDir, "no-knowledge");
        foreach (var (key, value) in settings ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;
        return (process.ExitCode, await stderr);
    }
}
