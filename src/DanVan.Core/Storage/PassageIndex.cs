namespace DanVan.Core.Storage;

/// <summary>
/// The full-text index of passages: a contentless FTS5 table (created by Core's migration step 5) whose terms are the
/// folded syllables and syllable pairs of each passage's title, section, body and metadata (<c>IndexText</c>), one row
/// per passage with the passage's id as rowid. The one place that names the table and says how it is written and read;
/// <see cref="KnowledgeStore"/>, <see cref="IndexMaintenance"/> and the retriever use these statements.
/// </summary>
internal static class PassageIndex
{
    public const string Table = "passage_terms";

    /// <summary>The fts5vocab table over <see cref="Table"/>: each term with the number of passages holding it.</summary>
    public const string VocabularyTable = Table + "_vocab";

    /// <summary>Adds one passage's terms: <c>$id</c> (the passage's id), <c>$title</c>, <c>$section</c>, <c>$body</c>, <c>$meta</c>.</summary>
    public const string InsertSql = $"INSERT INTO {Table} (rowid, title, section, body, meta) VALUES ($id, $title, $section, $body, $meta)";

    /// <summary>Removes the terms of every passage of document <c>$id</c>; run before its passages are deleted.</summary>
    public const string DeleteDocumentSql = $"DELETE FROM {Table} WHERE rowid IN (SELECT id FROM passages WHERE document_id = $id);";

    /// <summary>Removes the terms of passage <c>$id</c>.</summary>
    public const string DeletePassageSql = $"DELETE FROM {Table} WHERE rowid = $id;";

    /// <summary>Empties the index (before it is filled again from the stored passages).</summary>
    public const string ClearSql = $"INSERT INTO {Table} ({Table}) VALUES ('delete-all')";

    /// <summary>
    /// The <c>$limit</c> best passages for the FTS5 expression <c>$match</c> as (id, rank), best first: bm25 with column
    /// weights title 3, section 2, body 1, metadata 2, computed in the index alone.
    /// </summary>
    public const string BestMatchesSql =
        $"SELECT rowid AS id, bm25({Table}, 3.0, 2.0, 1.0, 2.0) AS rank FROM {Table} WHERE {Table} MATCH $match ORDER BY rank LIMIT $limit";

    /// <summary>The <c>$limit</c> newest passages matching <c>$match</c> as (id, rank 0), newest first, unranked.</summary>
    public const string NewestMatchesSql =
        $"SELECT rowid AS id, 0.0 AS rank FROM {Table} WHERE {Table} MATCH $match ORDER BY rowid DESC LIMIT $limit";

    /// <summary>Every term with the number of passages holding it (a scan of the whole index).</summary>
    public const string VocabularySql = $"SELECT term, doc FROM {VocabularyTable}";
}
