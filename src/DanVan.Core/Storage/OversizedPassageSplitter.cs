using System.Globalization;
using DanVan.Core.Documents;
using DanVan.Core.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Brings databases written before passages had a hard maximum length (<see cref="PassageLength.Max"/>) up to it, once:
/// each longer passage is cut in place by <see cref="PassageCutter"/> into passages of about the target size, with the
/// same section, numbered after it in its document, indexed with the same terms a fresh write would give; its stale
/// embedding is dropped (the embedding indexer fills it again). Files need not be read again, so uploads kept only in
/// the database are covered too.
/// </summary>
internal static class OversizedPassageSplitter
{
    /// <summary>Written to kv 'passage_format' once no passage is longer than the maximum.</summary>
    internal const string Format = "1";

    /// <summary>Returns the number of passages that were split (0 when the database was already bounded).</summary>
    public static int Run(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        if (Scalar(connection, transaction, "SELECT value FROM kv WHERE key = 'passage_format'") as string == Format)
        {
            return 0;
        }

        var oversized = ReadOversized(connection, transaction);
        var nextId = Convert.ToInt64(Scalar(connection, transaction, "SELECT coalesce(max(id), 0) FROM passages"), CultureInfo.InvariantCulture);
        foreach (var passage in oversized)
        {
            var pieces = PassageCutter.Cut(passage.Text, PassageLength.Target).ToList();
            Execute(connection, transaction, PassageIndex.DeletePassageSql + """

                DELETE FROM passage_embeddings WHERE passage_id = $id;
                UPDATE passages SET ordinal = ordinal + $extra WHERE document_id = $doc AND ordinal > $ordinal;
                UPDATE documents SET passage_count = passage_count + $extra WHERE id = $doc;
                UPDATE passages SET text = $text WHERE id = $id;
                """, ("$id", passage.Id), ("$extra", pieces.Count - 1), ("$doc", passage.DocumentId), ("$ordinal", passage.Ordinal), ("$text", pieces[0]));
            for (var i = 0; i < pieces.Count; i++)
            {
                var id = i == 0 ? passage.Id : ++nextId;
                if (i > 0)
                {
                    Execute(connection, transaction, "INSERT INTO passages (id, document_id, ordinal, section, text) VALUES ($id, $doc, $ordinal, $section, $text)",
                        ("$id", id), ("$doc", passage.DocumentId), ("$ordinal", passage.Ordinal + i), ("$section", passage.Section), ("$text", pieces[i]));
                }

                Execute(connection, transaction, PassageIndex.InsertSql,
                    ("$id", id), ("$title", IndexText.Terms(passage.Metadata.Title)), ("$section", IndexText.Terms(passage.Section)),
                    ("$body", IndexText.Terms(pieces[i])), ("$meta", IndexText.Terms(KnowledgeStore.MetaSource(passage.Metadata))));
            }
        }

        if (oversized.Count > 0)
        {
            KnowledgeStore.BumpGeneration(connection, transaction);
        }

        Stamp(connection, transaction);
        transaction.Commit();
        return oversized.Count;
    }

    /// <summary>Marks a database whose passages were all written by the bounded chunker.</summary>
    internal static void Stamp(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction,
            "INSERT INTO kv (key, value) VALUES ('passage_format', $v) ON CONFLICT(key) DO UPDATE SET value = $v", ("$v", Format));

    private static List<(long Id, long DocumentId, long Ordinal, string? Section, string Text, DocumentMetadata Metadata)> ReadOversized(
        SqliteConnection connection, SqliteTransaction transaction)
    {
        var rows = new List<(long, long, long, string?, string, DocumentMetadata)>();
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = """
            SELECT p.id, p.document_id, p.ordinal, p.section, p.text, d.title, d.source, d.published, d.province
            FROM passages p JOIN documents d ON d.id = p.document_id
            WHERE length(p.text) > $max ORDER BY p.document_id, p.ordinal DESC
            """;
        select.Parameters.AddWithValue("$max", PassageLength.Max);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            DateOnly? published = reader.IsDBNull(7) ? null : DateOnly.ParseExact(reader.GetString(7), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var metadata = new DocumentMetadata(reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), published,
                reader.IsDBNull(8) ? null : reader.GetString(8));
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), metadata));
        }

        return rows;
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
