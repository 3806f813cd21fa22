using System.Diagnostics;
using System.Globalization;
using DanVan.Core.Documents;
using DanVan.Core.Storage;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DanVan.Benchmarks.Peer;

/// <summary>
/// The same passages in a Lucene.Net index on disk, searched as a .NET engineer would: every term of the analyzed
/// question (syllables and syllable pairs) as an optional clause, BM25, the top hits with their stored fields.
/// One field holds what our FTS5 row holds (title, section, text and the document's metadata).
/// </summary>
internal sealed class LucenePeer : IDisposable
{
    private const string TextField = "text";
    private const string IdField = "id";
    private const string PathField = "path";
    private const string BodyField = "body";

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly VietnameseAnalyzer _analyzer = new();

    private LucenePeer(FSDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>A passage found: its id and its document's path (what hit@k compares).</summary>
    public readonly record struct Hit(long PassageId, string? Path);

    /// <summary>Opens the index in <paramref name="folder"/>, building it first unless it holds exactly the database's passages.</summary>
    public static LucenePeer Open(SqliteConnectionFactory connections, string folder, Action<string> report)
    {
        var marker = Path.Combine(folder, "passages.txt");
        var expected = PassageStamp(connections);
        if (!File.Exists(marker) || File.ReadAllText(marker) != expected)
        {
            var watch = Stopwatch.StartNew();
            var count = Build(connections, folder);
            File.WriteAllText(marker, expected);
            report(string.Create(CultureInfo.InvariantCulture,
                $"built the Lucene.Net index of {count} passages in {watch.Elapsed.TotalSeconds:0.0} s ({FolderMegabytes(folder):0} MB)"));
        }

        return new LucenePeer(FSDirectory.Open(folder));
    }

    public static double FolderMegabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / 1048576.0;

    /// <summary>The top <paramref name="count"/> passages for a question, their stored fields read.</summary>
    public IReadOnlyList<Hit> Search(string question, int count)
    {
        var query = new BooleanQuery();
        foreach (var term in _analyzer.Terms(TextField, question).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var top = _searcher.Search(query, count);
        var hits = new List<Hit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            // Reads every stored field, the passage text included, as a retrieve step returning passages would.
            var document = _searcher.Doc(scoreDoc.Doc);
            hits.Add(new Hit(document.GetField(IdField).GetInt64Value() ?? 0, document.Get(PathField)));
        }

        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static int Build(SqliteConnectionFactory connections, string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        using var directory = FSDirectory.Open(folder);
        using var analyzer = new VietnameseAnalyzer();
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        using var connection = connections.Open();
        using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT p.id, p.section, p.text, d.title, d.source, d.published, d.province, d.path
            FROM passages p JOIN documents d ON d.id = p.document_id ORDER BY p.id
            """;
        using var reader = select.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            DateOnly? published = reader.IsDBNull(5) ? null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var metadata = new DocumentMetadata(reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), published, reader.IsDBNull(6) ? null : reader.GetString(6));
            var section = reader.IsDBNull(1) ? null : reader.GetString(1);
            var text = reader.GetString(2);
            writer.AddDocument(new Document
            {
                new StoredField(IdField, reader.GetInt64(0)),
                new StringField(PathField, reader.IsDBNull(7) ? string.Empty : reader.GetString(7), Field.Store.YES),
                new StoredField(BodyField, text),
                new TextField(TextField, string.Join('\n', metadata.Title, section, text, KnowledgeStore.MetaSource(metadata)), Field.Store.NO),
            });
            count++;
        }

        writer.Commit();
        return count;
    }

    private static string PassageStamp(SqliteConnectionFactory connections)
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) || ' ' || ifnull(max(id), 0) FROM passages";
        return (string)command.ExecuteScalar()!;
    }
}
