using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Reading;

/// <summary>
/// Matches the indexed documents to the recommended reading list. Computed from the documents' titles and first
/// passages, so it needs no schema of its own and is right after any ingestion, removal or sync, by any process;
/// the result is kept until the index generation or the list changes.
/// </summary>
public sealed class ReadingCoverage
{
    // The opening of a document: its first passages, cut to what holds an official document's header ("Số: …") and
    // title; folding it is most of the cost per document.
    private const int OpeningPassages = 2;
    private const int OpeningChars = 1000;

    private readonly SqliteConnectionFactory _connections;
    private readonly ReadingListProvider _list;
    private readonly Lock _gate = new();
    private (ReadingListMatcher Matcher, long Generation, CoverageReport Report)? _cached;

    // Which entries each indexed document is, by document id and content hash (SQLite may give a replaced document
    // its predecessor's id), for the matcher they were computed with: after an ingestion only new documents are read.
    private ReadingListMatcher? _matchedWith;
    private Dictionary<(long, string), string[]> _matched = [];

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
        foreach (var (document, entryIds) in MatchDocuments(connection, matcher))
        {
            foreach (var id in entryIds)
            {
                loaded[id].Add(document);
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

    private List<(LoadedDocument Document, string[] EntryIds)> MatchDocuments(SqliteConnection connection, ReadingListMatcher matcher)
    {
        var documents = new List<(LoadedDocument Document, string Hash)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT id, title, path, content_hash FROM documents ORDER BY id";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                documents.Add((new LoadedDocument(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)), reader.GetString(3)));
            }
        }

        lock (_gate)
        {
            var known = ReferenceEquals(_matchedWith, matcher) ? _matched : [];
            var matched = new Dictionary<(long, string), string[]>(documents.Count);
            using var opening = connection.CreateCommand();
            opening.CommandText = $"""
                SELECT substr(group_concat(text, char(10)), 1, {OpeningChars})
                FROM (SELECT text FROM passages WHERE document_id = $id ORDER BY ordinal LIMIT {OpeningPassages})
                """;
            var id = opening.Parameters.Add("$id", SqliteType.Integer);
            var result = new List<(LoadedDocument, string[])>(documents.Count);
            foreach (var (document, hash) in documents)
            {
                if (!known.TryGetValue((document.Id, hash), out var entryIds))
                {
                    id.Value = document.Id;
                    var text = opening.ExecuteScalar() as string ?? string.Empty;
                    entryIds = matcher.EntriesFor(document.Title, text).Select(e => e.Id).ToArray();
                }

                matched[(document.Id, hash)] = entryIds;
                result.Add((document, entryIds));
            }

            (_matchedWith, _matched) = (matcher, matched);
            return result;
        }
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
