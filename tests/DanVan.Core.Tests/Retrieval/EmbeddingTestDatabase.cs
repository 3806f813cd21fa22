using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>A real SQLite file in the temp folder with documents and passages inserted directly.</summary>
internal sealed class EmbeddingTestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"danvan-emb-{Guid.NewGuid():N}.db");

    public EmbeddingTestDatabase() => Connections = new SqliteConnectionFactory(_path);

    public SqliteConnectionFactory Connections { get; }

    /// <summary>Inserts a document with one passage per text; returns the passage ids in order.</summary>
    public List<long> AddDocument(string title, params string[] passages)
    {
        using var connection = Connections.Open();
        using var transaction = connection.BeginTransaction();
        using var document = connection.CreateCommand();
        document.Transaction = transaction;
        document.CommandText =
            "INSERT INTO documents (source_key, title, content_hash, added_at) VALUES ($key, $title, 'h', '2025-01-01') RETURNING id;";
        document.Parameters.AddWithValue("$key", Guid.NewGuid().ToString());
        document.Parameters.AddWithValue("$title", title);
        var documentId = (long)document.ExecuteScalar()!;

        var ids = new List<long>();
        for (var i = 0; i < passages.Length; i++)
        {
            using var passage = connection.CreateCommand();
            passage.Transaction = transaction;
            passage.CommandText = "INSERT INTO passages (document_id, ordinal, text) VALUES ($doc, $ordinal, $text) RETURNING id;";
            passage.Parameters.AddWithValue("$doc", documentId);
            passage.Parameters.AddWithValue("$ordinal", i);
            passage.Parameters.AddWithValue("$text", passages[i]);
            ids.Add((long)passage.ExecuteScalar()!);
        }

        transaction.Commit();
        return ids;
    }

    public void Execute(string sql)
    {
        using var connection = Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var connection = Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
