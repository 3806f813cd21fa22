using System.Globalization;
using DanVan.Core.Documents;
using DanVan.Core.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// The <c>syllable_forms</c> table: for every folded syllable of the index, its written forms and how many passages
/// use each (a passage counts its document's title and metadata too, as its index row does). Kept in step with every
/// write and removal; an index written before the table existed, or rebuilt, is counted again from the stored text.
/// </summary>
internal static class SyllableForms
{
    private const string CountedKey = "syllable_forms";

    private const string UpsertSql = """
        INSERT INTO syllable_forms (folded, form, passages) VALUES ($folded, $form, $n)
        ON CONFLICT(folded, form) DO UPDATE SET passages = max(0, passages + excluded.passages)
        """;

    /// <summary>Adds the forms of one document's passages to <paramref name="counts"/>.</summary>
    public static void Count(Dictionary<SyllableSpelling, int> counts, DocumentMetadata metadata, IEnumerable<(string? Section, string Text)> passages)
    {
        var document = SyllableSpellings.Of(metadata.Title);
        SyllableSpellings.AddTo(KnowledgeStore.MetaSource(metadata), document);
        var passage = new HashSet<SyllableSpelling>();
        foreach (var (section, text) in passages)
        {
            passage.Clear();
            passage.UnionWith(document);
            SyllableSpellings.AddTo(section, passage);
            SyllableSpellings.AddTo(text, passage);
            foreach (var spelling in passage)
            {
                counts[spelling] = counts.GetValueOrDefault(spelling) + 1;
            }
        }
    }

    /// <summary>The forms of a document about to be written.</summary>
    public static Dictionary<SyllableSpelling, int> Of(DocumentMetadata metadata, IEnumerable<Chunk> chunks)
    {
        var counts = new Dictionary<SyllableSpelling, int>();
        Count(counts, metadata, chunks.Select(c => (c.Section, c.Text)));
        return counts;
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) counts; forms no passage uses any more are deleted.</summary>
    public static void Apply(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyDictionary<SyllableSpelling, int> counts, int sign)
    {
        if (counts.Count == 0)
        {
            return;
        }

        using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = UpsertSql;
            var folded = upsert.Parameters.Add("$folded", SqliteType.Text);
            var form = upsert.Parameters.Add("$form", SqliteType.Text);
            var n = upsert.Parameters.Add("$n", SqliteType.Integer);
            foreach (var (spelling, count) in counts)
            {
                (folded.Value, form.Value, n.Value) = (spelling.Folded, spelling.Key, sign * count);
                upsert.ExecuteNonQuery();
            }
        }

        if (sign < 0)
        {
            Execute(connection, transaction, "DELETE FROM syllable_forms WHERE passages <= 0");
        }
    }

    /// <summary>Takes a stored document's passages out of the counts (before they are deleted).</summary>
    public static void Subtract(SqliteConnection connection, SqliteTransaction transaction, long documentId)
    {
        var counts = new Dictionary<SyllableSpelling, int>();
        ReadPassages(connection, transaction, documentId, (metadata, passages) => Count(counts, metadata, passages));
        Apply(connection, transaction, counts, -1);
    }

    /// <summary>Whether the table describes the stored passages (false for an index written before it, or being rebuilt).</summary>
    public static bool IsCounted(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = $"SELECT 1 FROM kv WHERE key = '{CountedKey}'";
        return read.ExecuteScalar() is not null;
    }

    /// <summary>Marks the counts stale (an index rebuild starts): the next <see cref="Recount"/> fills them again.</summary>
    public static void Invalidate(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, $"DELETE FROM kv WHERE key = '{CountedKey}'");

    /// <summary>Counts every stored passage again, in one transaction. Returns how many forms there are.</summary>
    public static int Recount(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var counts = new Dictionary<SyllableSpelling, int>();
        ReadPassages(connection, transaction, documentId: null, (metadata, passages) => Count(counts, metadata, passages));
        Execute(connection, transaction, "DELETE FROM syllable_forms");
        Apply(connection, transaction, counts, 1);
        Execute(connection, transaction, $"INSERT INTO kv (key, value) VALUES ('{CountedKey}', '1') ON CONFLICT(key) DO NOTHING");
        transaction.Commit();
        return counts.Count;
    }

    // Each document's metadata with its passages (all documents when documentId is null), streamed in passage order.
    private static void ReadPassages(SqliteConnection connection, SqliteTransaction transaction, long? documentId,
        Action<DocumentMetadata, IEnumerable<(string? Section, string Text)>> visit)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = $"""
            SELECT d.id, d.title, d.source, d.published, d.province, p.section, p.text
            FROM documents d JOIN passages p ON p.document_id = d.id
            {(documentId is null ? string.Empty : "WHERE d.id = $id")}
            ORDER BY d.id, p.ordinal
            """;
        if (documentId is not null)
        {
            select.Parameters.AddWithValue("$id", documentId.Value);
        }

        using var reader = select.ExecuteReader();
        var more = reader.Read();
        while (more)
        {
            var id = reader.GetInt64(0);
            DateOnly? published = reader.IsDBNull(3) ? null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var metadata = new DocumentMetadata(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), published,
                reader.IsDBNull(4) ? null : reader.GetString(4));
            var passages = new List<(string?, string)>();
            do
            {
                passages.Add((reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
                more = reader.Read();
            }
            while (more && reader.GetInt64(0) == id);

            visit(metadata, passages);
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
