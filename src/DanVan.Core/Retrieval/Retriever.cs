using System.Globalization;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Finds passages for a question: FTS5 BM25 over title, section, body and metadata (weighted) picks candidates, then
/// each is re-scored by how much of the question it covers — IDF-weighted syllables and, above all, syllable pairs
/// ("dân vận", "cơ sở") — and the list is diversified so one article does not crowd out another that answers better.
/// </summary>
public sealed class Retriever
{
    // bm25 column weights: title, section, body, meta.
    private const string CandidateSql = """
        SELECT p.id, p.document_id, p.ordinal, p.section, p.text, d.title, d.path, d.source, d.published, d.province,
               f.title, f.section, f.body, f.meta, bm25(passages_fts, 3.0, 2.0, 1.0, 2.0) AS rank
        FROM passages_fts AS f
        JOIN passages AS p ON p.id = f.rowid
        JOIN documents AS d ON d.id = p.document_id
        WHERE passages_fts MATCH $match
        ORDER BY rank
        LIMIT $limit
        """;

    private readonly SqliteConnectionFactory _connections;
    private readonly VocabularyCache _vocabulary;
    private readonly RetrievalOptions _options;

    public Retriever(SqliteConnectionFactory connections, VocabularyCache vocabulary, IOptions<RetrievalOptions> options)
    {
        _connections = connections;
        _vocabulary = vocabulary;
        _options = options.Value;
    }

    public Vocabulary Vocabulary => _vocabulary.Get();

    public Task<RetrievalResult> SearchAsync(string question, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var vocabulary = _vocabulary.Get();
        var query = QueryBuilder.Build(question, vocabulary);
        if (query.IsEmpty)
        {
            return Task.FromResult(new RetrievalResult(query, [], 0, false));
        }

        var candidates = FetchCandidates(query, vocabulary);
        var ranked = Diversify(candidates, _options.TopK);
        var relevance = ranked.Count == 0 ? 0 : ranked[0].Coverage;
        var relevant = relevance >= _options.MinRelevance;
        var passages = relevant
            ? ranked.Where(c => c.Coverage >= _options.MinRelevance * 0.75).Select(c => c.Passage).ToList()
            : ranked.Select(c => c.Passage).ToList();
        return Task.FromResult(new RetrievalResult(query, passages, relevance, relevant));
    }

    private List<Candidate> FetchCandidates(SearchQuery query, Vocabulary vocabulary)
    {
        var scorer = new CoverageScorer(query, vocabulary);
        var candidates = new List<Candidate>();
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = CandidateSql;
        command.Parameters.AddWithValue("$match", query.MatchExpression);
        command.Parameters.AddWithValue("$limit", _options.Candidates);
        using var reader = command.ExecuteReader();
        double bestRank = 0;
        while (reader.Read())
        {
            var rank = reader.GetDouble(14);
            if (candidates.Count == 0)
            {
                bestRank = rank;
            }

            var coverage = scorer.Score(reader.GetString(10), reader.IsDBNull(11) ? string.Empty : reader.GetString(11), reader.GetString(12), reader.GetString(13));
            var bm25 = bestRank < 0 ? rank / bestRank : 0;
            var passage = new RetrievedPassage(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetInt32(2),
                reader.GetString(5),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : DateOnly.ParseExact(reader.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                Score: 0);
            var score = (0.8 * coverage) + (0.2 * bm25);
            candidates.Add(new Candidate(passage with { Score = Math.Round(score, 4) }, coverage, score));
        }

        return candidates;
    }

    // Greedy selection: each further passage from an already chosen document is discounted, so a second article that
    // answers nearly as well gets a place.
    private static List<Candidate> Diversify(List<Candidate> candidates, int k)
    {
        var pool = candidates.OrderByDescending(c => c.Score).ToList();
        var chosen = new List<Candidate>();
        var perDocument = new Dictionary<long, int>();
        while (chosen.Count < k && pool.Count > 0)
        {
            var best = pool.MaxBy(c => c.Score * Math.Pow(0.85, perDocument.GetValueOrDefault(c.Passage.DocumentId)))!;
            pool.Remove(best);
            chosen.Add(best);
            perDocument[best.Passage.DocumentId] = perDocument.GetValueOrDefault(best.Passage.DocumentId) + 1;
        }

        return chosen;
    }

    private sealed record Candidate(RetrievedPassage Passage, double Coverage, double Score);
}
