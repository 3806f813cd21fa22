using System.Diagnostics;
using DanVan.Testing.BotApi;

namespace DanVan.Bot.Benchmarks;

/// <summary>Start-up time and peak memory of real child processes (<c>run</c> against the fake Bot API, <c>ask</c>).</summary>
internal static class ProcessBenchmarks
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public sealed record RunStart(double Milliseconds, double PeakRssMegabytes);

    /// <summary>
    /// Starts <c>run</c> and measures process start to the first getUpdates the fake receives; then, when
    /// <paramref name="drive"/> is given, runs it against the live bot before stopping it (SIGTERM).
    /// </summary>
    public static async Task<RunStart> StartRunAsync(FakeBotApiServer server, Dictionary<string, string?> settings, Func<Task>? drive = null)
    {
        server.ResetTimings();
        var started = Stopwatch.GetTimestamp();
        using var child = ChildProcess.Start(["run"], BotBenchSettings.AsEnvironment(settings));
        try
        {
            while (server.FirstGetUpdates is null)
            {
                if (child.Process.HasExited || Stopwatch.GetElapsedTime(started) > StartTimeout)
                {
                    throw new InvalidOperationException("The bot did not start polling:\n" + string.Join('\n', child.Output.TakeLast(20)));
                }

                await Task.Delay(2);
            }

            var milliseconds = Stopwatch.GetElapsedTime(started, server.FirstGetUpdates.Value).TotalMilliseconds;
            if (drive is not null)
            {
                await drive();
            }

            await child.StopAsync();
            return new RunStart(milliseconds, child.PeakRssMegabytes);
        }
        finally
        {
            if (!child.Process.HasExited)
            {
                child.Process.Kill(entireProcessTree: true);
            }
        }
    }

    public sealed record AskRun(double Milliseconds, double PeakRssMegabytes, int ExitCode, int Answers);

    /// <summary>Runs <c>ask</c> with the arguments, optionally feeding lines on stdin, and times process start to exit.</summary>
    public static async Task<AskRun> AskAsync(IEnumerable<string> arguments, Dictionary<string, string?> environment, IReadOnlyList<string>? input = null)
    {
        var started = Stopwatch.GetTimestamp();
        using var child = ChildProcess.Start(["ask", .. arguments], environment, redirectInput: input is not null);
        if (input is not null)
        {
            foreach (var line in input)
            {
                await child.Process.StandardInput.WriteLineAsync(line);
            }

            child.Process.StandardInput.Close();
        }

        await child.WaitForExitAsync(TimeSpan.FromMinutes(10));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var answers = child.Output.Count(l => l.StartsWith("{\"question\"", StringComparison.Ordinal) || l.StartsWith("Nguồn", StringComparison.Ordinal));
        return new AskRun(elapsed, child.PeakRssMegabytes, child.Process.ExitCode, answers);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
