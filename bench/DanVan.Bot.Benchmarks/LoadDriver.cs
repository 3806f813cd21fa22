using System.Diagnostics;

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
    public static async Task<Result> RunAsync(BenchBotApiServer server, IReadOnlyList<string> questions, int users, int count, double? rate, TimeSpan timeout)
    {
        server.Reset(count);
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

            server.Enqueue(UserId(i, users), questions[i % questions.Count]);
        }

        try
        {
            await server.WhenAllAnsweredAsync(timeout);
        }
        catch (TimeoutException)
        {
            await Console.Error.WriteLineAsync($"Not every question was answered within {timeout.TotalSeconds:0} s; reporting those that were.");
        }

        var (fromEnqueue, fromDelivery, first, last) = server.Results();
        return new Result(count, fromEnqueue.Count, Stopwatch.GetElapsedTime(first, last).TotalSeconds, LatencyStats.From(fromEnqueue), LatencyStats.From(fromDelivery));
    }
}
