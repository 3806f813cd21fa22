using System.Globalization;
using DanVan.Core.Documents;
using DanVan.Core.Lexicon;
using DanVan.Core.Storage;
using DanVan.Core.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Finds passages for a question: FTS5 BM25 over title, section, body and metadata (weighted) picks candidates, then
/// each is re-scored by how much of the question it covers — IDF-weighted syllables and, above all, syllable pairs
/// ("dân vận", "cơ sở") — and the list is diversified so one article does not crowd out another that answers better.
/// With an embedding model, the nearest passages by vector are fused in by reciprocal rank fusion.
/// </summary>
public sealed class Retriever
{
    private const string Columns = """
        SELECT p.id, p.document_id, p.ordinal, p.section, p.text, d.title, d.path, d.source, d.published, d.province
        """;

    // The best candidates by bm25 (column weights: title, section, body, meta) are picked in the index alone; only
    // they are then joined to their passages and documents.
    private const string MatchSql = Columns + """
        , c.rank
        FROM (
        """ + PassageIndex.BestMatchesSql + """
        ) AS c
        JOIN passages AS p ON p.id = c.id
        JOIN documents AS d ON d.id = p.document_id
        ORDER BY c.rank
        """;

    // A question of common words only: the newest matches, unranked (bm25 would read every passage holding each word).
    private const string NewestSql = Columns + """
        , c.rank
        FROM (
        """ + PassageIndex.NewestMatchesSql + """
        ) AS c
        JOIN passages AS p ON p.id = c.id
        JOIN documents AS d ON d.id = p.document_id
        ORDER BY c.id DESC
        """;

    private const string ByIdSql = Columns + """
        , 0.0 AS rank
        FROM passages AS p
        JOIN documents AS d ON d.id = p.document_id
        WHERE p.id = $id
        """;

    private readonly SqliteConnectionFactory _connections;
    private readonly VocabularyCache _vocabulary;
    private readonly IVectorRetriever _vectors;
    private readonly RetrievalOptions _options;
    private readonly QuestionLexicon _lexicon;

    public Retriever(SqliteConnectionFactory connections, VocabularyCache vocabulary, IVectorRetriever vectors, IOptions<RetrievalOptions> options,
        QuestionLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? QuestionLexicon.Default;
        _connections = connections;
        _vocabulary = vocabulary;
        _vectors = vectors;
        _options = options.Value;
    }

    public Vocabulary Vocabulary => _vocabulary.Get();

    /// <summary>The lexicon questions are read with.</summary>
    public QuestionLexicon Lexicon => _lexicon;

    public async Task<RetrievalResult> SearchAsync(string question, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        var vocabulary = _vocabulary.Get(connection);
        var query = QueryBuilder.Build(question, vocabulary, _lexicon);
        var vectorTask = _vectors.IsEnabled
            ? _vectors.CandidatesAsync(question, _options.Candidates, cancellationToken)
            : Task.FromResult<IReadOnlyList<VectorCandidate>>([]);
        if (query.IsEmpty && !_vectors.IsEnabled)
        {
            return new RetrievalResult(query, [], 0, false);
        }

        var scorer = new CoverageScorer(query, vocabulary);
        scorer.DiscountAmbiguous(AmbiguousSyllables.Of(question, query, vocabulary), query);
        var candidates = query.IsEmpty ? [] : FetchByMatch(connection, query, scorer);
        var vectorHits = await vectorTask;
        if (vectorHits.Count > 0)
        {
            candidates = Fuse(connection, candidates, vectorHits, scorer);
        }

        var ranked = Diversify(candidates, _options.TopK);
        var relevance = ranked.Count == 0 ? 0 : ranked.Max(c => c.Coverage);
        var relevant = query.NamesSomething && ranked.Any(IsRelevant);
        var passages = relevant
            ? ranked.Where(c => c.Coverage >= _options.MinRelevance * 0.75 || c.Similarity >= _options.MinVectorSimilarity).Select(c => c.Passage).ToList()
            : ranked.Select(c => c.Passage).ToList();
        return new RetrievalResult(query, passages, relevance, relevant);
    }

    private bool IsRelevant(Candidate candidate) =>
        candidate.Coverage >= _options.MinRelevance || candidate.Similarity >= _options.MinVectorSimilarity;

    private List<Candidate> FetchByMatch(SqliteConnection connection, SearchQuery query, CoverageScorer scorer)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query.ByRecency ? NewestSql : MatchSql;
        command.Parameters.AddWithValue("$match", query.MatchExpression);
        command.Parameters.AddWithValue("$limit", _options.Candidates);
        var candidates = new List<Candidate>();
        using var reader = command.ExecuteReader();
        double bestRank = 0;
        var fields = new FieldCache();
        while (reader.Read())
        {
            var rank = reader.GetDouble(10);
            if (candidates.Count == 0)
            {
                bestRank = rank;
            }

            candidates.Add(Read(reader, scorer, fields, bestRank < 0 ? rank / bestRank : 0, similarity: 0));
        }

        return candidates;
    }

    // Keyword order (by our score) and vector order fused by reciprocal rank; passages only the vectors found are
    // loaded and scored the same way, so relevance and diversity treat both kinds alike.
    private static List<Candidate> Fuse(SqliteConnection connection, List<Candidate> keyword, IReadOnlyList<VectorCandidate> vectorHits, CoverageScorer scorer)
    {
        var byId = keyword.ToDictionary(c => c.Passage.PassageId);
        var fields = new FieldCache();
        using var command = connection.CreateCommand();
        command.CommandText = ByIdSql;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var hit in vectorHits)
        {
            if (byId.TryGetValue(hit.PassageId, out var known))
            {
                byId[hit.PassageId] = known with { Similarity = hit.Score };
                continue;
            }

            id.Value = hit.PassageId;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                byId[hit.PassageId] = Read(reader, scorer, fields, bm25: 0, hit.Score);
            }
        }

        var keywordOrder = keyword.OrderByDescending(c => c.Score).Select(c => c.Passage.PassageId).ToList();
        var fused = RankFusion.ReciprocalScores([keywordOrder, vectorHits.Select(v => v.PassageId).ToList()]);
        var best = fused.Count == 0 ? 1 : fused[0].Value;
        return fused.Where(f => byId.ContainsKey(f.Key))
            .Select(f => byId[f.Key] with { Score = f.Value / best })
            .ToList();
    }

    private static Candidate Read(SqliteDataReader reader, CoverageScorer scorer, FieldCache fields, double bm25, double similarity)
    {
        var documentId = reader.GetInt64(1);
        var section = reader.IsDBNull(3) ? null : reader.GetString(3);
        var text = reader.GetString(4);
        var title = reader.GetString(5);
        var publisher = reader.IsDBNull(7) ? null : reader.GetString(7);
        DateOnly? published = reader.IsDBNull(8) ? null : DateOnly.ParseExact(reader.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var province = reader.IsDBNull(9) ? null : reader.GetString(9);
        var (indexedTitle, indexedMeta) = fields.Document(documentId, () => new DocumentMetadata(title, publisher, published, province));
        var coverage = scorer.Score(indexedTitle, IndexText.Tokens(section), IndexText.Tokens(text), indexedMeta);
        var score = (0.8 * coverage) + (0.2 * bm25);
        var passage = new RetrievedPassage(
            reader.GetInt64(0),
            documentId,
            reader.GetInt32(2),
            title,
            section,
            text,
            reader.IsDBNull(6) ? null : reader.GetString(6),
            publisher,
            published,
            province,
            Math.Round(score, 4));
        return new Candidate(passage, coverage, score, similarity);
    }

    // A document's title and metadata as indexed tokens, prepared once per search however many of its passages come up.
    private sealed class FieldCache
    {
        private readonly Dictionary<long, (List<string> Title, List<string> Meta)> _documents = [];

        public (List<string> Title, List<string> Meta) Document(long documentId, Func<DocumentMetadata> metadata)
        {
            if (!_documents.TryGetValue(documentId, out var fields))
            {
                var known = metadata();
                fields = (IndexText.Tokens(known.Title), IndexText.Tokens(KnowledgeStore.MetaSource(known)));
                _documents[documentId] = fields;
            }

            return fields;
        }
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

    private sealed record Candidate(RetrievedPassage Passage, double Coverage, double Score, double Similarity);
}
