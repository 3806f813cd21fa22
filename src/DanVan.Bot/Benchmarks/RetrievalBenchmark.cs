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
    public static async Task<(LatencyStats Ours, LatencyStats Raw)> RunAsync(Retriever retriever, SqliteConnectionFactory connections, int candidates, IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        // Warm-up: vocabulary load, page cache, JIT.
        foreach (var question in questions.Take(20))
        {
            await retriever.SearchAsync(question, cancellationToken);
        }

        var ours = new List<double>(questions.Count);
        var raw = new List<double>(questions.Count);
        var vocabulary = retriever.Vocabulary;
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM passages_fts WHERE passages_fts MATCH $m ORDER BY bm25(passages_fts) LIMIT $n";
        var match = command.Parameters.Add("$m", Microsoft.Data.Sqlite.SqliteType.Text);
        command.Parameters.AddWithValue("$n", candidates);
        foreach (var question in questions)
        {
            var watch = Stopwatch.StartNew();
            await retriever.SearchAsync(question, cancellationToken);
            ours.Add(watch.Elapsed.TotalMilliseconds);

            var expression = QueryBuilder.Build(question, vocabulary).MatchExpression;
            if (expression is null)
            {
                continue;
            }

            match.Value = expression;
            watch.Restart();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    _ = reader.GetInt64(0);
                }
            }

            raw.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (LatencyStats.From(ours), LatencyStats.From(raw));
    }
}
