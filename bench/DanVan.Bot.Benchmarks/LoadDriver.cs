using System.Diagnostics;
using DanVan.Benchmarks.Shared;
using DanVan.Testing.BotApi;

namespace DanVan.Bot.Benchmarks;

/// <summary>Sends questions from simulated users through the fake Bot API and collects their latencies.</summary>
internal static class LoadDriver
{
    /// <summary>Throughput (questions answered per second, first enqueue to last reply) and latencies.</summary>
    public sealed record Result(int Questions, int Answered, double Seconds, LatencyStats FromEnqueue, LatencyStats FromDelivery)
    {
        public double PerSecond => Answered / Seconds;
    }

    /// <summary>User ids 10001…10000+users, each in a private chat with the bot.</summary>
    public static long UserId(int index, int users) => 10_001 + (index % users);

    /// <summary>
    /// Enqueues <paramref name="count"/> questions at <paramref name="rate"/> per second (all at once when null), question
    /// i from user i mod <paramref name="users"/>, and waits for every answer.
    /// </summary>
    public static async Task<Result> RunAsync(FakeBotApiServer server, IReadOnlyList<string> questions, int users, int count, double? rate, TimeSpan timeout)
    {
        server.ResetTimings(count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            if (rate is { } perSecond)
            {
                var due = start + (long)(i / perSecond * Stopwatch.Frequency);
                while (Stopwatch.GetTimestamp() < due)
                {
                    await Task.Delay(1);
                }
            }

            server.UserSaysInPrivate(UserId(i, users), questions[i % questions.Count]);
        }

        try
        {
            await server.WhenAllAnsweredAsync(timeout);
        }
        catch (TimeoutException)
        {
            await Console.Error.WriteLineAsync($"Not every question was answered within {timeout.TotalSeconds:0} s; reporting those that were.");
        }

        var timings = server.Timings();
        return new Result(count, timings.FromEnqueue.Count, Stopwatch.GetElapsedTime(timings.FirstEnqueued, timings.LastAnswered).TotalSeconds,
            LatencyStats.From(timings.FromEnqueue.ToList()), LatencyStats.From(timings.FromDelivery.ToList()));
    }
}
