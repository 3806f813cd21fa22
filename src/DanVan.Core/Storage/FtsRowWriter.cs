using DanVan.Core.Ingestion;
using DanVan.Core.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Storage;

/// <summary>
/// Writes a passage's row of the full-text index (<c>passage_terms</c>): title, section and body as index terms, and
/// the document's searchable metadata. The one place that decides what the index holds (ingestion and re-indexing).
/// </summary>
internal sealed class FtsRowWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _id;
    private readonly SqliteParameter _title;
    private readonly SqliteParameter _section;
    private readonly SqliteParameter _body;
    private readonly SqliteParameter _meta;
    private DocumentMetadata? _lastMetadata;

    public FtsRowWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT INTO passage_terms (rowid, title, section, body, meta) VALUES ($id, $title, $section, $body, $meta)";
        _id = _insert.Parameters.Add("$id", SqliteType.Integer);
        _title = _insert.Parameters.Add("$title", SqliteType.Text);
        _section = _insert.Parameters.Add("$section", SqliteType.Text);
        _body = _insert.Parameters.Add("$body", SqliteType.Text);
        _meta = _insert.Parameters.Add("$meta", SqliteType.Text);
    }

    public void Write(long passageId, DocumentMetadata metadata, string? section, string text)
    {
        // Passages of one document share its title and metadata: prepare them once.
        if (!ReferenceEquals(metadata, _lastMetadata))
        {
            _title.Value = IndexText.Terms(metadata.Title);
            _meta.Value = IndexText.Terms(KnowledgeStore.MetaSource(metadata));
            _lastMetadata = metadata;
        }

        _id.Value = passageId;
        _section.Value = IndexText.Terms(section);
        _body.Value = IndexText.Terms(text);
        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();
}
