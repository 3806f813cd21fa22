using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>Writes prepared documents inside one transaction, with its three insert statements prepared once.</summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _addedAt;
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _passage;
    private readonly SqliteCommand _terms;
    private long _nextId;

    public DocumentWriter(SqliteConnection connection, SqliteTransaction transaction, string addedAt)
    {
        _connection = connection;
        _transaction = transaction;
        _addedAt = addedAt;
        _document = Command("""
            INSERT INTO documents (source_key, path, title, source, published, province, content_hash, origin, added_at, passage_count)
            VALUES ($key, $path, $title, $source, $published, $province, $hash, $origin, $added, $count)
            RETURNING id
            """, "$key", "$path", "$title", "$source", "$published", "$province", "$hash", "$origin", "$added", "$count");
        _passage = Command("INSERT INTO passages (id, document_id, ordinal, section, text) VALUES ($id, $doc, $ordinal, $section, $text)",
            "$id", "$doc", "$ordinal", "$section", "$text");
        _terms = Command(KnowledgeStore.InsertTermsSql, "$id", "$title", "$section", "$body", "$meta");

        // Ids are assigned here (inside the write transaction, so no other writer interleaves) rather than read back
        // per row, which costs a round trip per passage.
        using var maxId = Command("SELECT coalesce(max(id), 0) FROM passages");
        _nextId = Convert.ToInt64(maxId.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the document in place of whatever had its source key; returns its id.</summary>
    public long Write(PreparedDocument document)
    {
        KnowledgeStore.DeleteDocument(_connection, _transaction, sourceKey: document.SourceKey);
        var metadata = document.Metadata;
        Set(_document, document.SourceKey, document.Path, metadata.Title, metadata.Source,
            metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), metadata.Province, document.ContentHash,
            document.Origin, _addedAt, document.Chunks.Count);
        var documentId = Convert.ToInt64(_document.ExecuteScalar(), CultureInfo.InvariantCulture);

        for (var i = 0; i < document.Chunks.Count; i++)
        {
            var chunk = document.Chunks[i];
            var (section, body) = document.ChunkTerms[i];
            var passageId = ++_nextId;
            Set(_passage, passageId, documentId, chunk.Ordinal, chunk.Section, chunk.Text);
            _passage.ExecuteNonQuery();
            Set(_terms, passageId, document.TitleTerms, section, body, document.MetaTerms);
            _terms.ExecuteNonQuery();
        }

        return documentId;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _passage.Dispose();
        _terms.Dispose();
    }
}
