using System.Diagnostics;
using System.Globalization;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// The bot's executable as a child process (<c>dotnet DanVan.Bot.dll VERB …</c>), with its output drained and
/// its peak resident memory (VmHWM in /proc) sampled while it runs.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task _sampler;
    private readonly List<string> _output = [];
    private long _peakKilobytes;

    private ChildProcess(Process process)
    {
        _process = process;
        _sampler = SampleAsync();
    }

    public Process Process => _process;

    /// <summary>Peak resident set size so far (VmHWM), in MB; 0 where /proc is not available.</summary>
    public double PeakRssMegabytes => Interlocked.Read(ref _peakKilobytes) / 1024.0;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToList();
            }
        }
    }

    public static ChildProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, bool redirectInput = false)
    {
        // This benchmark runs under dotnet or its own apphost; the bot is DanVan.Bot.dll beside it (a project reference).
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) is "dotnet" ? Environment.ProcessPath! : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // DANVAN_BENCH_BOT points at another build of DanVan.Bot.dll (e.g. main's, for a before/after comparison).
        info.ArgumentList.Add(Environment.GetEnvironmentVariable("DANVAN_BENCH_BOT") is { Length: > 0 } other
            ? other
            : Path.Combine(AppContext.BaseDirectory, "DanVan.Bot.dll"));

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + host);
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => child.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGTERM (a clean stop, as a service manager does), then a kill if it has not exited within 15 s.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        await _sampler;
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var source = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(source.Token);
        _process.WaitForExit();
        await _sampler;
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    // VmHWM only grows, so the last value read before the process exits is its peak (to within one sampling interval).
    private async Task SampleAsync()
    {
        var status = $"/proc/{_process.Id}/status";
        while (!_process.HasExited)
        {
            try
            {
                foreach (var line in await File.ReadAllLinesAsync(status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        var kilobytes = long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                        Interlocked.Exchange(ref _peakKilobytes, Math.Max(Interlocked.Read(ref _peakKilobytes), kilobytes));
                    }
                }
            }
            catch (IOException)
            {
                // Exited between the check and the read.
            }

            await Task.Delay(20);
        }
    }

    public void Dispose() => _process.Dispose();
}
