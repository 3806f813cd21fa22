using DanVan.Core.Storage;

namespace DanVan.Core.Questions;

/// <summary>
/// What cadres asked that the materials did not answer, grouped when they ask the same thing, most asked first (ties:
/// most recent first), so admins know which documents to load next.
/// </summary>
public sealed class UnansweredReport(SqliteConnectionFactory factory, IEnumerable<IMissingDocumentClassifier> classifiers)
{
    /// <summary>The groups, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<UnansweredGroup>> ListAsync(int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        // Each classifier is asked, the most recently registered first (a host's own before the reading list's); the first label wins.
        var classifierList = classifiers.Reverse().ToArray();
        var groups = new Dictionary<(string Key, bool Missing), Accumulator>();
        using var connection = await factory.OpenAsync(cancellationToken);
        using var select = QuestionLog.Command(connection, null, """
            SELECT q.asked_at, q.question, q.key_terms, q.outcome <> 'answered'
            FROM questions q
            LEFT JOIN (SELECT question_id, sum(vote = 1) AS up, sum(vote = -1) AS down FROM question_votes GROUP BY question_id) v
                ON v.question_id = q.id
            WHERE q.outcome <> 'answered' OR coalesce(v.down, 0) > coalesce(v.up, 0)
            ORDER BY q.asked_at, q.id;
            """);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var question = reader.GetString(1);
            var missing = classifierList.Select(c => c.Classify(question)).FirstOrDefault(label => label is not null);
            var key = missing ?? (reader.GetString(2) is { Length: > 0 } terms ? terms : question.Trim().ToLowerInvariant());
            if (!groups.TryGetValue((key, missing is not null), out var group))
            {
                groups[(key, missing is not null)] = group = new Accumulator();
            }

            group.Add(QuestionLog.ReadInstant(reader.GetString(0)), question, reader.GetBoolean(3));
        }

        return groups
            .Select(g => new UnansweredGroup(g.Key.Key, g.Value.Example, g.Value.Count, g.Value.Declined, g.Value.Count - g.Value.Declined,
                g.Value.LastAsked, g.Key.Missing))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastAsked)
            .Take(limit)
            .ToList();
    }

    private sealed class Accumulator
    {
        public int Count { get; private set; }

        public int Declined { get; private set; }

        public DateTimeOffset LastAsked { get; private set; }

        public string Example { get; private set; } = string.Empty;

        // Rows arrive oldest first, so the last one seen is the newest wording.
        public void Add(DateTimeOffset askedAt, string question, bool declined)
        {
            Count++;
            Declined += declined ? 1 : 0;
            LastAsked = askedAt;
            Example = question;
        }
    }
}
