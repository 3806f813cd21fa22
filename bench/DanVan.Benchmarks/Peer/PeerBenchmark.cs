using System.Diagnostics;
using DanVan.Benchmarks.Retrieval;
using DanVan.Benchmarks.Shared;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;

namespace DanVan.Benchmarks.Peer;

/// <summary>
/// Ours, raw FTS5 and the Lucene.Net peer over the same passages and questions, in one loop: for each question the
/// three run back to back in an order that rotates, so that the shared machine's noise falls on all three alike.
/// hit@k ranks documents as <c>eval</c> does: distinct document paths in the order of the passages returned, over the
/// first <c>TopK</c> passages of each engine (ours returns that many, re-ranked and diversified; raw FTS5 and Lucene.Net
/// fetch as many candidates as ours reads, and their first <c>TopK</c> are what they would return).
/// </summary>
internal static class PeerBenchmark
{
    /// <summary>One engine's figures: latency over every timed question, hit@1/hit@3 over the questions with an expected document.</summary>
    public sealed record Engine(string Name, LatencyStats Latency, double HitAt1, double HitAt3, int Judged);

    public sealed record Result(Engine Ours, Engine Raw, Engine Lucene, double FirstQueryMs);

    /// <param name="expected">Per question, the document that answers it, or null (not judged for hit@k).</param>
    public static async Task<Result> RunAsync(Retriever retriever, SqliteConnectionFactory connections, LucenePeer lucene, int candidates,
        int topK, IReadOnlyList<string> questions, IReadOnlyList<string?> expected, int rounds, CancellationToken cancellationToken)
    {
        using var raw = new RawFts5(connections, candidates);
        using var paths = new PassagePaths(connections);
        var firstMs = await RetrievalBenchmark.WarmUpAsync(retriever, questions, cancellationToken, question =>
        {
            raw.Search(question, retriever.Vocabulary);
            lucene.Search(question, candidates);
        });

        var vocabulary = retriever.Vocabulary;
        var times = new[] { new List<double>(), new List<double>(), new List<double>() };
        var documents = new List<string?>[3][];
        for (var engine = 0; engine < 3; engine++)
        {
            documents[engine] = new List<string?>[questions.Count];
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                for (var step = 0; step < 3; step++)
                {
                    var engine = (i + round + step) % 3;
                    var (ms, found) = engine switch
                    {
                        0 => await OursAsync(retriever, questions[i], cancellationToken),
                        1 => Raw(raw, paths, questions[i], vocabulary, topK),
                        _ => Lucene(lucene, questions[i], candidates, topK),
                    };
                    if (!double.IsNaN(ms))
                    {
                        times[engine].Add(ms);
                    }

                    documents[engine][i] ??= found;
                }
            }
        }

        Engine Summarize(string name, int engine)
        {
            var judged = Enumerable.Range(0, questions.Count).Where(i => expected[i] is not null).ToList();
            double Share(int k) => judged.Count == 0 ? double.NaN
                : (double)judged.Count(i => documents[engine][i].Take(k).Contains(expected[i])) / judged.Count;
            return new Engine(name, LatencyStats.From(times[engine]), Share(1), Share(3), judged.Count);
        }

        return new Result(Summarize("ours", 0), Summarize("raw FTS5", 1), Summarize("Lucene.Net", 2), firstMs);
    }

    private static async Task<(double, List<string?>)> OursAsync(Retriever retriever, string question, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var result = await retriever.SearchAsync(question, cancellationToken);
        var ms = watch.Elapsed.TotalMilliseconds;
        return (ms, result.Passages.Select(p => p.Path).Distinct().ToList());
    }

    private static (double, List<string?>) Raw(RawFts5 raw, PassagePaths paths, string question, Vocabulary vocabulary, int topK)
    {
        var run = raw.Search(question, vocabulary);
        return (run.Milliseconds, run.PassageIds.Take(topK).Select(paths.Of).Distinct().ToList());
    }

    private static (double, List<string?>) Lucene(LucenePeer lucene, string question, int candidates, int topK)
    {
        var watch = Stopwatch.StartNew();
        var hits = lucene.Search(question, candidates);
        var ms = watch.Elapsed.TotalMilliseconds;
        return (ms, hits.Take(topK).Select(h => h.Path).Distinct().ToList());
    }
}
