using System.Diagnostics;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Benchmarks.Retrieval;

/// <summary>
/// The raw FTS5 query for a question's terms: ours's MATCH expression and order (bm25, or the newest matches for
/// questions of common words only) with <c>LIMIT candidates</c>, and nothing else (no re-ranking, no join).
/// </summary>
internal sealed class RawFts5 : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _byRank;
    private readonly SqliteCommand _byRecency;

    /// <summary>One question: its expression (null when it has no search terms), the query's time and the passage ids found.</summary>
    public sealed record Run(string? Expression, bool ByRecency, double Milliseconds, IReadOnlyList<long> PassageIds);

    public RawFts5(SqliteConnectionFactory connections, int candidates)
    {
        _connection = connections.Open();
        _byRank = Command($"SELECT rowid FROM {PassageIndex.Table} WHERE {PassageIndex.Table} MATCH $m ORDER BY bm25({PassageIndex.Table}) LIMIT $n", candidates);
        _byRecency = Command($"SELECT rowid FROM {PassageIndex.Table} WHERE {PassageIndex.Table} MATCH $m ORDER BY rowid DESC LIMIT $n", candidates);
    }

    /// <summary>Builds the query as ours does (not timed), then times the FTS5 query alone.</summary>
    public Run Search(string question, Vocabulary vocabulary)
    {
        var query = QueryBuilder.Build(question, vocabulary);
        if (query.MatchExpression is not { } expression)
        {
            return new Run(null, false, double.NaN, []);
        }

        var command = query.ByRecency ? _byRecency : _byRank;
        command.Parameters["$m"].Value = expression;
        var ids = new List<long>(40);
        var watch = Stopwatch.StartNew();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        return new Run(expression, query.ByRecency, watch.Elapsed.TotalMilliseconds, ids);
    }

    public void Dispose()
    {
        _byRank.Dispose();
        _byRecency.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql, int candidates)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$m", SqliteType.Text);
        command.Parameters.AddWithValue("$n", candidates);
        return command;
    }
}
