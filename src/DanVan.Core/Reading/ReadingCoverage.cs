using DanVan.Core.Storage;

namespace DanVan.Core.Reading;

/// <summary>
/// Matches the indexed documents to the recommended reading list. Computed from the documents' titles and first
/// passages, so it needs no schema of its own and is right after any ingestion, removal or sync, by any process;
/// the result is kept until the index generation or the list changes.
/// </summary>
public sealed class ReadingCoverage
{
    // The opening of a document: its first passages, enough for an official document's header and title.
    private const int OpeningPassages = 2;
    private const int OpeningChars = 2000;

    private readonly SqliteConnectionFactory _connections;
    private readonly ReadingListProvider _list;
    private readonly Lock _gate = new();
    private (ReadingListMatcher Matcher, long Generation, CoverageReport Report)? _cached;

    public ReadingCoverage(SqliteConnectionFactory connections, ReadingListProvider list)
    {
        _connections = connections;
        _list = list;
    }

    /// <summary>The list against the index as it is now.</summary>
    public CoverageReport Report()
    {
        var matcher = _list.Current;
        using var connection = _connections.Open();
        var generation = KnowledgeStore.ReadGeneration(connection);
        lock (_gate)
        {
            if (_cached is { } cached && ReferenceEquals(cached.Matcher, matcher) && cached.Generation == generation)
            {
                return cached.Report;
            }
        }

        var loaded = matcher.List.Documents.ToDictionary(d => d.Id, _ => new List<LoadedDocument>(), StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT d.id, d.title, d.path,
                       (SELECT group_concat(text, char(10)) FROM
                           (SELECT text FROM passages p WHERE p.document_id = d.id ORDER BY p.ordinal LIMIT {OpeningPassages}))
                FROM documents d ORDER BY d.id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var document = new LoadedDocument(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                var opening = reader.IsDBNull(3) ? string.Empty : reader.GetString(3);
                if (opening.Length > OpeningChars)
                {
                    opening = opening[..OpeningChars];
                }

                foreach (var entry in matcher.EntriesFor(document.Title, opening))
                {
                    loaded[entry.Id].Add(document);
                }
            }
        }

        var entries = matcher.List.Documents.Select(d => new CoverageEntry(d, loaded[d.Id])).ToList();
        var topics = entries
            .SelectMany(e => e.Document.Topics.Select(t => (Topic: t, Entry: e)))
            .GroupBy(x => x.Topic, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<CoverageEntry>)g.Select(x => x.Entry).ToList()))
            .ToList();
        var report = new CoverageReport(topics, matcher.List.Problems, _list.AdminPath);
        lock (_gate)
        {
            _cached = (matcher, generation, report);
        }

        return report;
    }

    /// <summary>The recommended documents a question names or concerns that are not in the index.</summary>
    public IReadOnlyList<RecommendedDocument> MissingDocumentsNamedIn(string question)
    {
        var mentioned = _list.Current.MentionedIn(question);
        if (mentioned.Count == 0)
        {
            return [];
        }

        var report = Report();
        return mentioned.Where(m => !report.Entries.Any(e => e.Document.Id == m.Id && e.IsLoaded)).ToList();
    }
}
