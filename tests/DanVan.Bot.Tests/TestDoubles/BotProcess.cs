using System.Diagnostics;
using System.Text;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>The real executable (<c>DanVan.Bot.dll</c>) as a child process, configured for a <see cref="FakeBotApiServer"/>.</summary>
internal static class BotProcess
{
    /// <summary>Starts <c>run</c> (or <paramref name="arguments"/>); output is read and discarded unless <paramref name="output"/> collects it.</summary>
    public static Process Start(FakeBotApiServer server, string databasePath, IReadOnlyDictionary<string, string>? environment = null,
        StringBuilder? output = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVan.Bot.dll"));
        foreach (var argument in arguments.Length == 0 ? ["run"] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Telegram__BotToken"] = server.Token;
        start.Environment["Telegram__ApiBaseUrl"] = server.BaseUrl;
        start.Environment["Telegram__PollTimeoutSeconds"] = "2";
        start.Environment["Storage__DatabasePath"] = databasePath;
        start.Environment["Knowledge__Path"] = RepoPaths.Knowledge;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(start.WorkingDirectory);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder? output, string? line)
    {
        if (output is not null && line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
