using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Bot.Tests.Messaging;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Cli;

/// <summary>
/// Without a container engine on the test machine, the image is run the way the Dockerfile runs it: its ENV, its
/// ENTRYPOINT + CMD in a folder laid out like /app (the build output, appsettings.json, knowledge/, data/), and its
/// HEALTHCHECK command — all read from the Dockerfile, so a change there that breaks the container breaks this test.
/// </summary>
public sealed partial class ContainerLayoutTests : BotScenarioTest, IAsyncLifetime
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));

    private readonly string _app = Path.Combine(Path.GetTempPath(), "danvan-app-" + Guid.NewGuid().ToString("N"));

    [GeneratedRegex(@"^ENV\s+((?:.+\\\r?\n)*.+)$", RegexOptions.Multiline)]
    private static partial Regex EnvBlock();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S+)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"^(ENTRYPOINT|CMD|HEALTHCHECK .*CMD)\s*(\[.*\])\s*$", RegexOptions.Multiline)]
    private static partial Regex ExecForm();

    [GeneratedRegex(@"^EXPOSE\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex Expose();

    private static Dictionary<string, string> ImageEnvironment() =>
        EnvBlock().Matches(Dockerfile[Dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..])
            .SelectMany(m => EnvPair().Matches(m.Groups[1].Value))
            .ToDictionary(p => p.Groups[1].Value, p => p.Groups[2].Value);

    private static string[] Exec(string instruction) =>
        ExecForm().Matches(Dockerfile).Single(m => m.Groups[1].Value.StartsWith(instruction, StringComparison.Ordinal)).Groups[2].Value
            .Trim('[', ']').Split(',').Select(s => s.Trim().Trim('"')).ToArray();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void Dockerfile_PublishesForLinuxX64Only_ListensWhereItExposes_ChecksHealthWithoutCurl()
    {
        Assert.Contains("-r linux-x64", Dockerfile, StringComparison.Ordinal);
        var listen = new Uri(ImageEnvironment()["Telegram__ListenUrls"].Replace("+", "localhost", StringComparison.Ordinal));
        Assert.Equal(int.Parse(Expose().Match(Dockerfile).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), listen.Port);
        Assert.Equal(["dotnet", "DanVan.Bot.dll", "health"], Exec("HEALTHCHECK"));
    }

    [Fact]
    public async Task ImageLayout_RunsAsTheDockerfileSays_HealthcheckPassesThenFailsWhenStopped()
    {
        Directory.CreateDirectory(Path.Combine(_app, "data"));
        File.Copy(Path.Combine(RepoPaths.Root, "appsettings.json"), Path.Combine(_app, "appsettings.json"));
        Directory.CreateSymbolicLink(Path.Combine(_app, "knowledge"), RepoPaths.Knowledge);

        // The image's environment with /app moved to this folder and its port (checked above) moved to a free one.
        var environment = ImageEnvironment().ToDictionary(e => e.Key,
            e => e.Value.Replace("/app/", _app + "/", StringComparison.Ordinal).Replace(":8080", $":{FreePort()}", StringComparison.Ordinal));
        environment["Telegram__BotToken"] = Server.Token;
        environment["Telegram__ApiBaseUrl"] = Server.BaseUrl;
        environment["Telegram__PollTimeoutSeconds"] = "2";
        var command = Exec("ENTRYPOINT").Skip(2).Concat(Exec("CMD")).ToArray();
        var health = Exec("HEALTHCHECK").Skip(2).ToArray();

        var log = new StringBuilder();
        using (var bot = CliProcess.StartDrained(_app, environment, log, command))
        {
            Server.UserSaysInPrivate(UserId, "lop tap huan o ha nam");
            await Server.WaitForMessagesAsync(1, timeout: TimeSpan.FromSeconds(60));
            var healthy = await CliProcess.RunAsync(_app, environment, null, health);
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();

            Assert.True(healthy.ExitCode == 0, healthy.Stderr + log);
            Assert.Contains("/healthz → 200", healthy.Stdout, StringComparison.Ordinal);
        }

        var stopped = await CliProcess.RunAsync(_app, environment, null, health);

        Assert.Equal(1, stopped.ExitCode);
        Assert.True(File.Exists(Path.Combine(_app, "data", "danvan.db")));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_app))
        {
            Directory.Delete(_app, recursive: true);
        }
    }
}
