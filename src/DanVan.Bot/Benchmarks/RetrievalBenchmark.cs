using System.Diagnostics;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// Latency of the whole retrieve step (query building, FTS5, re-ranking) beside the raw FTS5
/// <c>MATCH … ORDER BY bm25 LIMIT n</c> for the same terms on the same database.
/// </summary>
internal static class RetrievalBenchmark
{
    /// <summary>One question's timings; <see cref="RawMs"/> is NaN when the question has no search terms.</summary>
    public sealed record Sample(string Question, string? Expression, double OursMs, double RawMs, bool ByRecency = false);

    public sealed record Result(LatencyStats Ours, LatencyStats Raw, double FirstQueryMs, IReadOnlyList<Sample> Samples);

    public static async Task<Result> RunAsync(Retriever retriever, SqliteConnectionFactory connections, int candidates, IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        // The first search loads the index vocabulary: reported on its own. Then every question once, so that what is
        // timed is the steady state of a long-running bot (page cache warm, hot methods compiled at their final tier).
        var first = Stopwatch.StartNew();
        await retriever.SearchAsync(questions[0], cancellationToken);
        var firstMs = first.Elapsed.TotalMilliseconds;
        foreach (var question in questions)
        {
            await retriever.SearchAsync(question, cancellationToken);
        }

        await Task.Delay(500, cancellationToken);

        var samples = new List<Sample>(questions.Count);
        var vocabulary = retriever.Vocabulary;
        using var connection = connections.Open();
        // The same MATCH and the same order as ours: bm25, or (for questions of common words only) the newest matches.
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM passage_terms WHERE passage_terms MATCH $m ORDER BY bm25(passage_terms) LIMIT $n";
        var match = command.Parameters.Add("$m", Microsoft.Data.Sqlite.SqliteType.Text);
        command.Parameters.AddWithValue("$n", candidates);
        using var newest = connection.CreateCommand();
        newest.CommandText = "SELECT rowid FROM passage_terms WHERE passage_terms MATCH $m ORDER BY rowid DESC LIMIT $n";
        var newestMatch = newest.Parameters.Add("$m", Microsoft.Data.Sqlite.SqliteType.Text);
        newest.Parameters.AddWithValue("$n", candidates);
        foreach (var question in questions)
        {
            var watch = Stopwatch.StartNew();
            await retriever.SearchAsync(question, cancellationToken);
            var ours = watch.Elapsed.TotalMilliseconds;

            var query = QueryBuilder.Build(question, vocabulary);
            var expression = query.MatchExpression;
            if (expression is null)
            {
                samples.Add(new Sample(question, null, ours, double.NaN));
                continue;
            }

            match.Value = expression;
            newestMatch.Value = expression;
            watch.Restart();
            using (var reader = (query.ByRecency ? newest : command).ExecuteReader())
            {
                while (reader.Read())
                {
                    _ = reader.GetInt64(0);
                }
            }

            samples.Add(new Sample(question, expression, ours, watch.Elapsed.TotalMilliseconds, query.ByRecency));
        }

        return new Result(
            LatencyStats.From(samples.Select(s => s.OursMs).ToList()),
            LatencyStats.From(samples.Where(s => !double.IsNaN(s.RawMs)).Select(s => s.RawMs).ToList()),
            firstMs,
            samples);
    }
}
