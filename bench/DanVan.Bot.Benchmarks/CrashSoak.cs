using System.Diagnostics;
using System.Globalization;
using DanVan.Benchmarks.Shared;
using DanVan.Testing.BotApi;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// The crash soak of issue 12: the real bot (<c>run</c>, a child process) against the fake Bot API with a send latency,
/// killed with SIGKILL at random moments while users keep asking, restarted on the same database each time; then one
/// last start answers what is left. Counts, per question, the replies that reached the fake Telegram.
/// </summary>
internal static class CrashSoak
{
    public sealed record Result(int Questions, int Lost, int Repeated, int MaxCopies, int OutOfOrder, double PeakRssMegabytes, double Seconds);

    /// <summary>Settings for webhook mode on <paramref name="port"/>; the soak then posts updates like Telegram (<see cref="WebhookPoster"/>).</summary>
    public static Dictionary<string, string?> Webhook(Dictionary<string, string?> settings, int port) => new(settings)
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/hook",
        ["Telegram:WebhookSecret"] = WebhookPoster.Secret,
        ["Telegram:ListenUrls"] = $"http://127.0.0.1:{port}",
    };

    public static async Task<Result> RunAsync(Dictionary<string, string?> settings, FakeBotApiServer server, int cycles, int perCycle, int users,
        TimeSpan sendLatency, int seed)
    {
        server.SendLatency = sendLatency;
        var webhook = settings.GetValueOrDefault("Telegram:Mode") == "Webhook"
            ? new WebhookPoster(server, new Uri(new Uri(settings["Telegram:ListenUrls"]!), "/hook"))
            : null;
        await using var poster = webhook;
        var random = new Random(seed);
        var asked = new List<(long ChatId, long MessageId)>();
        var peak = 0.0;
        var started = Stopwatch.GetTimestamp();
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            using var child = ChildProcess.Start(["run"], BotBenchSettings.AsEnvironment(settings));
            // A burst, as when many users write at once: the bot is still sending (150 ms each) when it is killed.
            for (var i = 0; i < perCycle; i++)
            {
                var user = 5_000_000L + (asked.Count % users);
                asked.Add((user, server.UserSaysInPrivate(user, $"Câu hỏi số {asked.Count} về công tác dân vận").MessageId));
            }

            // Killed at a random moment: while starting, handling, answering or sending.
            await Task.Delay(random.Next(200, 1200));
            peak = Math.Max(peak, child.PeakRssMegabytes);
            child.Process.Kill(entireProcessTree: true);
            await child.Process.WaitForExitAsync();
        }

        using (var last = ChildProcess.Start(["run"], BotBenchSettings.AsEnvironment(settings)))
        {
            var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 120);
            var wanted = asked.ToHashSet();
            while (Stopwatch.GetTimestamp() < deadline && !wanted.IsSubsetOf(Replies(server).Select(r => (r.ChatId, r.ReplyTo))))
            {
                await Task.Delay(200);
            }

            await Task.Delay(2000);
            await last.StopAsync();
            peak = Math.Max(peak, last.PeakRssMegabytes);
        }

        return Count(asked, Replies(server), peak, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static Result Count(List<(long ChatId, long MessageId)> asked, IReadOnlyList<(long ChatId, long ReplyTo)> replies, double peak, double seconds)
    {
        // Message ids are per chat, as Telegram's: a question is its chat and its id.
        var copies = replies.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var lost = asked.Count(a => !copies.ContainsKey(a));
        var repeated = asked.Sum(a => Math.Max(0, copies.GetValueOrDefault(a) - 1));
        var maxCopies = asked.Select(a => copies.GetValueOrDefault(a)).DefaultIfEmpty().Max();

        // In order: per chat, the first reply to each question comes in the order the questions were asked.
        var outOfOrder = 0;
        foreach (var chat in replies.GroupBy(r => r.ChatId))
        {
            var firsts = chat.Select(r => r.ReplyTo).Distinct().ToList();
            outOfOrder += firsts.Zip(firsts.Skip(1)).Count(pair => pair.Second < pair.First);
        }

        return new Result(asked.Count, lost, repeated, maxCopies, outOfOrder, peak, seconds);
    }

    // Every accepted sendMessage replying to a message, in order: the chat and the message it replied to.
    private static List<(long ChatId, long ReplyTo)> Replies(FakeBotApiServer server) =>
        server.SentMessages.Where(m => m.ReplyToMessageId is not null).Select(m => (m.ChatId, m.ReplyToMessageId!.Value)).ToList();

    public static string Describe(Result r, int cycles, TimeSpan latency, string mode) => string.Create(CultureInfo.InvariantCulture,
        $"crash soak ({mode}) {cycles} SIGKILLs, {r.Questions} questions, send latency {latency.TotalMilliseconds:0} ms [{BenchFiles.MachineLine()}]: " +
        $"lost {r.Lost}, answered out of order {r.OutOfOrder}, repeated {r.Repeated} (at most {r.MaxCopies} copies of one), " +
        $"peak RSS {r.PeakRssMegabytes:0} MB, {r.Seconds:0} s");
}
