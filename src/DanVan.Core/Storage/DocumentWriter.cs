using System.Globalization;
using DanVan.Core.Text;
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
        _terms = Command(PassageIndex.InsertSql, "$id", "$title", "$section", "$body", "$meta");

        // Ids are assigned here (inside the write transaction, so no other writer interleaves) rather than read back
        // per row, which costs a round trip per passage.
        using var maxId = Command("SELECT coalesce(max(id), 0) FROM passages");
        _nextId = Convert.ToInt64(maxId.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes the documents, each in place of whatever had its source key; returns their ids. Every document's delete
    /// and row come before any passage: a statement that may fail on a constraint (the documents' unique keys) opens a
    /// statement savepoint, and FTS5 writes its pending terms out as a new segment at every savepoint. Interleaved, a
    /// batch cost the index one segment per document; this way it costs one (or one per FTS5 hash-size of terms).
    /// A source key given twice keeps its last document, as writing them one after the other would.
    /// </summary>
    public IReadOnlyList<long> Write(IReadOnlyList<PreparedDocument> documents)
    {
        var ids = new long[documents.Count];
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            last[document.SourceKey] = d;
            KnowledgeStore.DeleteDocument(_connection, _transaction, sourceKey: document.SourceKey);
            var metadata = document.Metadata;
            Set(_document, document.SourceKey, document.Path, metadata.Title, metadata.Source,
                metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), metadata.Province, document.ContentHash,
                document.Origin, _addedAt, document.Chunks.Count);
            ids[d] = Convert.ToInt64(_document.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var forms = new Dictionary<SyllableSpelling, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            if (last[documents[d].SourceKey] == d)
            {
                WritePassages(documents[d], ids[d]);
                foreach (var (spelling, count) in documents[d].SyllableForms)
                {
                    forms[spelling] = forms.GetValueOrDefault(spelling) + count;
                }
            }
        }

        // After every passage, so the index's pending terms are not flushed in between (see above).
        SyllableForms.Apply(_connection, _transaction, forms, 1);
        return ids;
    }

    private void WritePassages(PreparedDocument document, long documentId)
    {
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
