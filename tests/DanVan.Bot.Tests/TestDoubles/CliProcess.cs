using System.Diagnostics;
using System.Text;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>The built executable (DanVan.Bot.dll beside the tests) run as a separate process, as a user or a container runs it.</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "DanVan.Bot.dll");

    /// <summary>Starts <c>dotnet DanVan.Bot.dll ARGS</c> in <paramref name="workDir"/> with no inherited bot token.</summary>
    public static Process Start(string workDir, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("Telegram__BotToken");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(workDir);
        return Process.Start(start)!;
    }

    /// <summary>Runs to completion (60 s at most) and returns the exit code and both outputs.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string workDir, IReadOnlyDictionary<string, string> environment, string? stdin, params string[] args) =>
        RunBytesAsync(workDir, environment, stdin is null ? null : Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Like <see cref="RunAsync"/> with standard input given as bytes (which need not be valid UTF-8).</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunBytesAsync(
        string workDir, IReadOnlyDictionary<string, string> environment, byte[]? stdin, params string[] args)
    {
        using var process = Start(workDir, environment, args);
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a long-running process whose output is drained (and kept) so it never blocks on a full pipe.</summary>
    public static Process StartDrained(string workDir, IReadOnlyDictionary<string, string> environment, StringBuilder log, params string[] args)
    {
        var process = Start(workDir, environment, args);
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
