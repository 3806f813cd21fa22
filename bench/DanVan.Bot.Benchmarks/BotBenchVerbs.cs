using System.CommandLine;
using System.Globalization;
using DanVan.Benchmarks.Shared;
using DanVan.Testing.BotApi;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// <c>e2e</c>, <c>startup</c>, <c>memory</c> and <c>soak</c>: the bot measured through the fake Bot API on 127.0.0.1,
/// in this process (end to end) or as a child process (start-up, peak RSS, SIGKILLs). Run by hand; not tests.
/// </summary>
internal static class BotBenchVerbs
{
    private const string DevSet = "tests/DevSet/devset.json";
    private const string AskQuestion = "Phong trào Dân vận khéo là gì?";

    public static IEnumerable<Command> Create(Option<string> folder)
    {
        var size = new Option<int>("--size") { Description = "Corpus size in passages.", DefaultValueFactory = _ => 10_000 };
        var count = new Option<int>("--questions") { Description = "Questions to send.", DefaultValueFactory = _ => 1000 };
        var users = new Option<int>("--users") { Description = "Simulated users.", DefaultValueFactory = _ => 50 };
        var rate = new Option<double>("--rate") { Description = "Paced run: questions per second.", DefaultValueFactory = _ => 100 };
        var e2e = new Command("e2e", "Đầu-cuối qua Bot API giả: câu hỏi/giây và độ trễ.") { size, count, users, rate, folder };
        e2e.SetAction((parse, ct) => EndToEndAsync(parse.GetValue(folder)!, parse.GetValue(size), parse.GetValue(count), parse.GetValue(users), parse.GetValue(rate), ct));

        var runs = new Option<int>("--runs") { Description = "Measured runs (after one warm-up).", DefaultValueFactory = _ => 5 };
        var startup = new Command("startup", "Thời gian khởi động: run (đến getUpdates đầu tiên) và ask.") { size, runs, folder };
        startup.SetAction((parse, ct) => StartupAsync(parse.GetValue(folder)!, parse.GetValue(size), parse.GetValue(runs), ct));

        var memorySize = new Option<int>("--size") { Description = "Corpus size in passages.", DefaultValueFactory = _ => 100_000 };
        var memory = new Command("memory", "Bộ nhớ đỉnh (RSS) của tiến trình bot.") { memorySize, count, users, folder };
        memory.SetAction((parse, ct) => MemoryAsync(parse.GetValue(folder)!, parse.GetValue(memorySize), parse.GetValue(count), parse.GetValue(users), ct));
        var cycles = new Option<int>("--kills") { Description = "SIGKILLs (each followed by a restart).", DefaultValueFactory = _ => 50 };
        var perCycle = new Option<int>("--per-kill") { Description = "Questions asked between two kills.", DefaultValueFactory = _ => 10 };
        var latency = new Option<int>("--latency-ms") { Description = "Latency of each sendMessage.", DefaultValueFactory = _ => 150 };
        var webhook = new Option<bool>("--webhook") { Description = "Webhook mode (updates posted like Telegram) instead of polling." };
        var soak = new Command("soak", "Thử giết tiến trình bot (SIGKILL) nhiều lần: câu hỏi bị mất, trả lời lặp, sai thứ tự.") { cycles, perCycle, latency, users, webhook, folder };
        soak.SetAction((parse, ct) => SoakAsync(parse.GetValue(folder)!, parse.GetValue(cycles), parse.GetValue(perCycle), parse.GetValue(users), parse.GetValue(latency), parse.GetValue(webhook)));
        return [e2e, startup, memory, soak];
    }

    private static async Task<int> EndToEndAsync(string folder, int size, int count, int users, double rate, CancellationToken cancellationToken)
    {
        if (await BenchCorpus.EnsureAsync(folder, size, cancellationToken) is not { } corpus)
        {
            return 1;
        }

        var database = BenchFiles.Copy(corpus, folder, "e2e");
        try
        {
            await using var server = await FakeBotApiServer.StartAsync();
            await using var app = await InProcessBot.StartAsync(BotBenchSettings.For(server, database, EmptyFolder(folder)), cancellationToken);
            var questions = BenchQuestions.Load(DevSet);
            var timeout = TimeSpan.FromMinutes(10);
            await LoadDriver.RunAsync(server, questions, users, 200, null, timeout);
            var burst = await LoadDriver.RunAsync(server, questions, users, count, null, timeout);
            await Report($"e2e burst @ {size} passages, {count} questions from {users} users at once", burst);
            var paced = await LoadDriver.RunAsync(server, questions, users, count, rate, timeout);
            await Report(string.Create(CultureInfo.InvariantCulture, $"e2e paced @ {size} passages, {count} questions from {users} users at {rate:0} q/s"), paced);
            await app.StopAsync(cancellationToken);
            return 0;
        }
        finally
        {
            BenchFiles.Delete(database);
        }
    }

    private static async Task<int> StartupAsync(string folder, int size, int runs, CancellationToken cancellationToken)
    {
        if (await BenchCorpus.EnsureAsync(folder, size, cancellationToken) is not { } corpus)
        {
            return 1;
        }

        var database = BenchFiles.Copy(corpus, folder, "startup");
        var askDatabase = Path.GetFullPath(Path.Combine(folder, $"ask-{Guid.NewGuid():N}.db"));
        try
        {
            await using var server = await FakeBotApiServer.StartAsync();
            var settings = BotBenchSettings.For(server, database, EmptyFolder(folder));
            var starts = new List<ProcessBenchmarks.RunStart>();
            for (var run = 0; run <= runs; run++)
            {
                var start = await ProcessBenchmarks.StartRunAsync(server, settings);
                if (run > 0)
                {
                    starts.Add(start);
                }
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"startup run @ {size} passages (unchanged index) [{BenchFiles.MachineLine()}]: process start → first getUpdates median {ProcessBenchmarks.Median(starts.Select(s => s.Milliseconds)):0} ms (runs: {string.Join(", ", starts.Select(s => s.Milliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms), peak RSS {starts.Max(s => s.PeakRssMegabytes):0} MB"));

            var askSettings = BotBenchSettings.AsEnvironment(BotBenchSettings.For(server, askDatabase, Path.GetFullPath("knowledge")));
            var asks = new List<ProcessBenchmarks.AskRun>();
            for (var run = 0; run <= runs; run++)
            {
                var ask = await ProcessBenchmarks.AskAsync([AskQuestion], askSettings);
                if (ask.ExitCode != 0 || ask.Answers != 1)
                {
                    await Console.Error.WriteLineAsync($"ask failed (exit code {ask.ExitCode}).");
                    return 1;
                }

                if (run > 0)
                {
                    asks.Add(ask);
                }
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"startup ask @ bundled knowledge (unchanged index) [{BenchFiles.MachineLine()}]: process start → answer printed median {ProcessBenchmarks.Median(asks.Select(s => s.Milliseconds)):0} ms (runs: {string.Join(", ", asks.Select(s => s.Milliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms), peak RSS {asks.Max(s => s.PeakRssMegabytes):0} MB"));
            return 0;
        }
        finally
        {
            BenchFiles.Delete(database);
            BenchFiles.Delete(askDatabase);
        }
    }

    private static async Task<int> MemoryAsync(string folder, int size, int count, int users, CancellationToken cancellationToken)
    {
        if (await BenchCorpus.EnsureAsync(folder, size, cancellationToken) is not { } corpus)
        {
            return 1;
        }

        var database = BenchFiles.Copy(corpus, folder, "memory");
        try
        {
            await using var server = await FakeBotApiServer.StartAsync();
            var settings = BotBenchSettings.For(server, database, EmptyFolder(folder));
            var questions = BenchQuestions.Load(DevSet);
            LoadDriver.Result? load = null;
            var run = await ProcessBenchmarks.StartRunAsync(server, settings,
                async () => load = await LoadDriver.RunAsync(server, questions, users, count, null, TimeSpan.FromMinutes(20)));
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"memory run @ {size} passages, {count} questions from {users} users [{BenchFiles.MachineLine()}]: peak RSS {run.PeakRssMegabytes:0} MB; start → first getUpdates {run.Milliseconds:0} ms; {load!.PerSecond:0.0} questions/s out of process, latency from enqueue {load.FromEnqueue}"));

            var ask = await ProcessBenchmarks.AskAsync(["--json"], BotBenchSettings.AsEnvironment(settings), questions);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"memory ask --json @ {size} passages, {questions.Count} questions on stdin [{BenchFiles.MachineLine()}]: peak RSS {ask.PeakRssMegabytes:0} MB, {ask.Answers} answers in {ask.Milliseconds / 1000:0.0} s (exit code {ask.ExitCode})"));
            return 0;
        }
        finally
        {
            BenchFiles.Delete(database);
        }
    }

    private static async Task<int> SoakAsync(string folder, int cycles, int perCycle, int users, int latencyMs, bool webhook)
    {
        Directory.CreateDirectory(folder);
        var database = Path.GetFullPath(Path.Combine(folder, $"soak-{Guid.NewGuid():N}.db"));
        try
        {
            await using var server = await FakeBotApiServer.StartAsync();
            var settings = BotBenchSettings.For(server, database, EmptyFolder(folder));
            if (webhook)
            {
                using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
                probe.Start();
                var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                settings = CrashSoak.Webhook(settings, port);
            }

            var latency = TimeSpan.FromMilliseconds(latencyMs);
            var result = await CrashSoak.RunAsync(settings, server, cycles, perCycle, Math.Min(users, 10), latency, seed: 12);
            await Console.Out.WriteLineAsync(CrashSoak.Describe(result, cycles, latency, webhook ? "webhook" : "polling"));
            return result.Lost == 0 && result.OutOfOrder == 0 ? 0 : 1;
        }
        finally
        {
            BenchFiles.Delete(database);
        }
    }

    private static Task Report(string what, LoadDriver.Result result) =>
        Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{what} [{BenchFiles.MachineLine()}]: {result.Answered}/{result.Questions} answered, {result.PerSecond:0.0} questions/s; from enqueue {result.FromEnqueue}; from delivery {result.FromDelivery}"));

    private static string EmptyFolder(string folder)
    {
        var path = Path.GetFullPath(Path.Combine(folder, "empty-knowledge"));
        Directory.CreateDirectory(path);
        return path;
    }
}
