using System.Globalization;
using DanVan.Core.Documents;
using DanVan.Core.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Keeps the FTS rows in step with the code and data that prepare them: when the stored <c>index_format</c> differs from
/// <see cref="IndexText.FormatStamp"/> (the code's version and a hash of the abbreviations, shipped and an admin's),
/// every passage is re-indexed from its stored text (no re-reading of files).
/// Passages stored before passages had a maximum length are first cut to it (<see cref="OversizedPassageSplitter"/>).
/// The written forms of the index's syllables (<see cref="SyllableForms"/>) are counted again with every rebuild, and
/// once for an index written before they were kept.
/// </summary>
public sealed class IndexMaintenance
{
    private readonly SqliteConnectionFactory _connections;
    private readonly WordLists _words;

    /// <param name="connections">The database.</param>
    /// <param name="words">The word lists of this process (resolving them installs them as <see cref="WordLists.Current"/>).</param>
    public IndexMaintenance(SqliteConnectionFactory connections, WordLists? words = null)
    {
        _connections = connections;
        _words = words ?? WordLists.Current;
    }

    private static bool HasPassages(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM passages);";
        return (long)command.ExecuteScalar()! == 1;
    }

    /// <summary>Passages re-indexed per transaction: memory stays flat however large the corpus.</summary>
    internal const int PageSize = 5000;

    /// <summary>Returns true when the index was rebuilt.</summary>
    /// <param name="beforeSlowWork">Called once before a rebuild or a recount of the syllables' forms starts (a minute at
    /// 100k passages), so that a program can say why its start takes long; not called when the index is up to date.</param>
    /// <remarks>
    /// The index is emptied, then refilled a page of passages per transaction; the format is stamped last, so a rebuild
    /// cut short (a crash, a kill) starts over at the next start.
    /// </remarks>
    public bool EnsureFormat(Action? beforeSlowWork = null)
    {
        using var connection = _connections.Open();
        OversizedPassageSplitter.Run(connection);
        var current = IndexText.FormatStamp(_words);
        if (ReadFormat(connection) == current)
        {
            if (!SyllableForms.IsCounted(connection))
            {
                beforeSlowWork?.Invoke();
                SyllableForms.Recount(connection);
            }

            return false;
        }

        if (HasPassages(connection))
        {
            beforeSlowWork?.Invoke();
        }

        using (var clear = connection.BeginTransaction())
        {
            Execute(connection, clear, PassageIndex.ClearSql);
            SyllableForms.Invalidate(connection, clear);
            clear.Commit();
        }

        long after = 0;
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            var page = ReadPassages(connection, transaction, after);
            if (page.Count == 0)
            {
                break;
            }

            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = PassageIndex.InsertSql;
                var id = insert.Parameters.Add("$id", SqliteType.Integer);
                var title = insert.Parameters.Add("$title", SqliteType.Text);
                var section = insert.Parameters.Add("$section", SqliteType.Text);
                var body = insert.Parameters.Add("$body", SqliteType.Text);
                var meta = insert.Parameters.Add("$meta", SqliteType.Text);
                foreach (var row in page)
                {
                    id.Value = row.Id;
                    title.Value = IndexText.Terms(row.Metadata.Title, _words);
                    section.Value = IndexText.Terms(row.Section, _words);
                    body.Value = IndexText.Terms(row.Text, _words);
                    meta.Value = IndexText.Terms(KnowledgeStore.MetaSource(row.Metadata), _words);
                    insert.ExecuteNonQuery();
                }
            }

            transaction.Commit();
            after = page[^1].Id;
        }

        using (var stamp = connection.BeginTransaction())
        {
            using (var write = connection.CreateCommand())
            {
                write.Transaction = stamp;
                write.CommandText = "INSERT INTO kv (key, value) VALUES ('index_format', $v) ON CONFLICT(key) DO UPDATE SET value = $v";
                write.Parameters.AddWithValue("$v", current);
                write.ExecuteNonQuery();
            }

            KnowledgeStore.BumpGeneration(connection, stamp);
            stamp.Commit();
        }

        SyllableForms.Recount(connection);
        return true;
    }

    /// <summary>Marks a fresh or just-written index as prepared by the current code.</summary>
    internal static void StampFormat(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction,
            $"INSERT INTO kv (key, value) VALUES ('index_format', '{IndexText.FormatStamp(WordLists.Current)}') ON CONFLICT(key) DO NOTHING");

    private static string? ReadFormat(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT value FROM kv WHERE key = 'index_format'";
        return read.ExecuteScalar() as string;
    }

    private static List<(long Id, string? Section, string Text, DocumentMetadata Metadata)> ReadPassages(SqliteConnection connection, SqliteTransaction transaction, long after)
    {
        var rows = new List<(long, string?, string, DocumentMetadata)>();
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = """
            SELECT p.id, p.section, p.text, d.title, d.source, d.published, d.province
            FROM passages p JOIN documents d ON d.id = p.document_id
            WHERE p.id > $after ORDER BY p.id LIMIT $page
            """;
        select.Parameters.AddWithValue("$after", after);
        select.Parameters.AddWithValue("$page", PageSize);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            DateOnly? published = reader.IsDBNull(5) ? null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var metadata = new DocumentMetadata(reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), published,
                reader.IsDBNull(6) ? null : reader.GetString(6));
            rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), metadata));
        }

        return rows;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
