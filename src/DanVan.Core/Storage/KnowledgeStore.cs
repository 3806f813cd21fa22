using System.Globalization;
using DanVan.Core.Documents;
using DanVan.Core.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>Documents, passages and their FTS5 rows. Every write is one transaction, so a document is either whole or absent.</summary>
public sealed class KnowledgeStore
{
    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _time;

    public KnowledgeStore(SqliteConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
    }

    /// <summary>The id and content hash stored under a source key, if any.</summary>
    public (long Id, string Hash)? FindBySourceKey(string sourceKey)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_hash FROM documents WHERE source_key = $key";
        command.Parameters.AddWithValue("$key", sourceKey);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>The title of a stored document, or null.</summary>
    public string? FindTitle(long documentId)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        return command.ExecuteScalar() as string;
    }

    /// <summary>The text of a document's passages under one section, in order (a regulation's whole article); null when none.</summary>
    public string? SectionText(long documentId, string section)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM passages WHERE document_id = $id AND section = $section ORDER BY ordinal";
        command.Parameters.AddWithValue("$id", documentId);
        command.Parameters.AddWithValue("$section", section);
        using var reader = command.ExecuteReader();
        var parts = new List<string>();
        while (reader.Read())
        {
            parts.Add(reader.GetString(0));
        }

        return parts.Count == 0 ? null : string.Join('\n', parts);
    }

    /// <summary>A document's passages in order (id, ordinal, section, text); empty when it has none or more than <paramref name="max"/>.</summary>
    public IReadOnlyList<(long Id, int Ordinal, string? Section, string Text)> DocumentPassages(long documentId, int max)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, ordinal, section, text FROM passages WHERE document_id = $id ORDER BY ordinal LIMIT $limit";
        command.Parameters.AddWithValue("$id", documentId);
        command.Parameters.AddWithValue("$limit", max + 1);
        using var reader = command.ExecuteReader();
        var passages = new List<(long, int, string?, string)>();
        while (reader.Read())
        {
            passages.Add((reader.GetInt64(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return passages.Count > max ? [] : passages;
    }

    /// <summary>A document with exactly this content, under any key.</summary>
    public (long Id, string SourceKey, string Title, int Passages)? FindByHash(string hash)
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, source_key, title, passage_count FROM documents WHERE content_hash = $hash LIMIT 1";
        command.Parameters.AddWithValue("$hash", hash);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)) : null;
    }

    /// <summary>Stores a document and its passages, replacing whatever had the same source key, in one transaction.</summary>
    public long Replace(string sourceKey, string? path, string origin, string contentHash, DocumentMetadata metadata, IReadOnlyList<Chunk> chunks) =>
        Write([new PreparedDocument(sourceKey, path, origin, contentHash, metadata, chunks)])[0];

    /// <summary>
    /// Stores documents, each replacing whatever had its source key, in one transaction: each is whole or absent, and
    /// a batch costs the index one new segment instead of one per document (bulk ingestion).
    /// </summary>
    public IReadOnlyList<long> Write(IReadOnlyList<PreparedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return [];
        }

        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();
        IReadOnlyList<long> ids;
        using (var writer = new DocumentWriter(connection, transaction, _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)))
        {
            ids = writer.Write(documents);
        }

        BumpGeneration(connection, transaction);
        IndexMaintenance.StampFormat(connection, transaction);
        transaction.Commit();
        return ids;
    }

    /// <summary>Removes a document and its passages. False when there was none.</summary>
    public bool Remove(long documentId)
    {
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();
        var removed = DeleteDocument(connection, transaction, documentId: documentId);
        if (removed)
        {
            BumpGeneration(connection, transaction);
        }

        transaction.Commit();
        return removed;
    }

    public IReadOnlyList<DocumentInfo> List()
    {
        using var connection = _connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, source_key, path, source, published, province, passage_count, added_at, origin FROM documents ORDER BY id";
        using var reader = command.ExecuteReader();
        var documents = new List<DocumentInfo>();
        while (reader.Read())
        {
            documents.Add(new DocumentInfo(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetInt32(7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetString(9)));
        }

        return documents;
    }

    /// <summary>A counter that changes whenever the indexed content changes (any process), for cache invalidation.</summary>
    public static long ReadGeneration(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM kv WHERE key = 'index_generation'";
        return command.ExecuteScalar() is string value ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Searchable document metadata, before folding: province (also as "tỉnh X"), publisher (a web address without its domain suffix), year and date.</summary>
    internal static string MetaSource(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var parts = new List<string?> { metadata.Province, metadata.Province is null ? null : "tỉnh " + metadata.Province, HostNames.WithoutSuffix(metadata.Source) };
        if (metadata.Published is { } date)
        {
            parts.Add($"năm {date.Year} tháng {date.Month} ngày {date.Day}/{date.Month}/{date.Year}");
        }

        return string.Join(" ; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    internal static bool DeleteDocument(SqliteConnection connection, SqliteTransaction transaction, string? sourceKey = null, long? documentId = null)
    {
        using var find = connection.CreateCommand();
        find.Transaction = transaction;
        find.CommandText = sourceKey is not null ? "SELECT id FROM documents WHERE source_key = $v" : "SELECT id FROM documents WHERE id = $v";
        find.Parameters.AddWithValue("$v", (object?)sourceKey ?? documentId!.Value);
        if (find.ExecuteScalar() is not long id)
        {
            return false;
        }

        SyllableForms.Subtract(connection, transaction, id);
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = PassageIndex.DeleteDocumentSql + """

            DELETE FROM passages WHERE document_id = $id;
            DELETE FROM documents WHERE id = $id;
            """;
        delete.Parameters.AddWithValue("$id", id);
        delete.ExecuteNonQuery();
        return true;
    }

    internal static void BumpGeneration(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO kv (key, value) VALUES ('index_generation', '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            """;
        command.ExecuteNonQuery();
    }
}
