using DanVan.Core.Answering;
using System.Diagnostics;
using DanVan.Benchmarks.Shared;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;

namespace DanVan.Benchmarks.Retrieval;

/// <summary>
/// Latency of the whole retrieve step (reading the question's typos, query building, FTS5, re-ranking) beside the raw
/// FTS5 <c>MATCH … ORDER BY bm25 LIMIT n</c> for the same terms on the same database.
/// </summary>
internal static class RetrievalBenchmark
{
    /// <summary>One question's timings; <see cref="RawMs"/> is NaN when the question has no search terms.</summary>
    public sealed record Sample(string Question, string? Expression, double OursMs, double RawMs, bool ByRecency = false);

    public sealed record Result(LatencyStats Ours, LatencyStats Raw, double FirstQueryMs, IReadOnlyList<Sample> Samples);

    public static async Task<Result> RunAsync(Retriever retriever, SqliteConnectionFactory connections, int candidates, IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        var firstMs = await WarmUpAsync(retriever, questions, cancellationToken);
        var samples = new List<Sample>(questions.Count);
        var vocabulary = retriever.Vocabulary;
        using var raw = new RawFts5(connections, candidates);
        foreach (var question in questions)
        {
            var watch = Stopwatch.StartNew();
            var read = QuestionReading.Read(question, vocabulary, retriever.Lexicon);
            await retriever.SearchAsync(read, cancellationToken);
            var ours = watch.Elapsed.TotalMilliseconds;
            var run = raw.Search(read, vocabulary);
            samples.Add(new Sample(question, run.Expression, ours, run.Milliseconds, run.ByRecency));
        }

        return new Result(
            LatencyStats.From(samples.Select(s => s.OursMs).ToList()),
            LatencyStats.From(samples.Where(s => !double.IsNaN(s.RawMs)).Select(s => s.RawMs).ToList()),
            firstMs,
            samples);
    }

    /// <summary>
    /// The first search loads the index vocabulary: its time is returned, to be reported on its own. Then every question
    /// once, so that what is timed is the steady state of a long-running bot (page cache warm, hot methods compiled at
    /// their final tier).
    /// </summary>
    public static async Task<double> WarmUpAsync(Retriever retriever, IReadOnlyList<string> questions, CancellationToken cancellationToken, Action<string>? alsoEach = null)
    {
        var first = Stopwatch.StartNew();
        await retriever.SearchAsync(questions[0], cancellationToken);
        var firstMs = first.Elapsed.TotalMilliseconds;
        foreach (var question in questions)
        {
            await retriever.SearchAsync(QuestionReading.Read(question, retriever.Vocabulary, retriever.Lexicon), cancellationToken);
            alsoEach?.Invoke(question);
        }

        await Task.Delay(500, cancellationToken);
        return firstMs;
    }
}
