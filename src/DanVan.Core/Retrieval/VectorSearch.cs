using DanVan.Core.LanguageModels;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Exact cosine search over the stored passage vectors of the configured embedding model. The vectors are loaded
/// into memory once and reloaded only when the stored set changes (count or id sum), which a cheap covering-index
/// query detects on each search. Stored vectors are unit length, so cosine similarity is a dot product.
/// </summary>
public sealed class VectorSearch
{
    private readonly SqliteConnectionFactory _connections;
    private readonly string _model;
    private readonly Lock _loadLock = new();
    private volatile Snapshot? _snapshot;
    private int _loads;

    public VectorSearch(SqliteConnectionFactory connections, IOptions<LlmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(options);
        _connections = connections;
        _model = options.Value.EmbeddingModel?.Trim() ?? string.Empty;
    }

    /// <summary>How many times the vectors were (re)loaded from the database.</summary>
    internal int LoadCount => Volatile.Read(ref _loads);

    /// <summary>The <paramref name="k"/> passages closest to <paramref name="queryVector"/>, closest first.</summary>
    public async Task<IReadOnlyList<VectorCandidate>> SearchAsync(ReadOnlyMemory<float> queryVector, int k, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (queryVector.IsEmpty)
        {
            return [];
        }

        var snapshot = await CurrentAsync(cancellationToken);
        var query = VectorMath.Normalize(queryVector.Span);

        // Min-heap of the best k so far: the root is the weakest kept candidate.
        var best = new PriorityQueue<int, float>(k + 1);
        for (var i = 0; i < snapshot.Vectors.Length; i++)
        {
            var vector = snapshot.Vectors[i];
            if (vector.Length != query.Length)
            {
                continue;
            }

            var score = VectorMath.Dot(query, vector);
            if (best.Count < k)
            {
                best.Enqueue(i, score);
            }
            else if (best.TryPeek(out _, out var weakest) && score > weakest)
            {
                best.DequeueEnqueue(i, score);
            }
        }

        var results = new List<VectorCandidate>(best.Count);
        while (best.TryDequeue(out var index, out var score))
        {
            results.Add(new VectorCandidate(snapshot.Ids[index], score));
        }

        results.Reverse();
        return results;
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        using var connection = await _connections.OpenAsync(cancellationToken);
        var signature = ReadSignature(connection);
        var current = _snapshot;
        if (current is not null && current.Signature == signature)
        {
            return current;
        }

        lock (_loadLock)
        {
            current = _snapshot;
            if (current is null || current.Signature != signature)
            {
                current = Load(connection);
                _snapshot = current;
                Interlocked.Increment(ref _loads);
            }

            return current;
        }
    }

    private (long Count, long IdSum) ReadSignature(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*), coalesce(sum(passage_id), 0) FROM passage_embeddings WHERE model = $model;";
        command.Parameters.AddWithValue("$model", _model);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private Snapshot Load(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var signature = ReadSignature(connection, transaction);
        var ids = new List<long>();
        var vectors = new List<float[]>();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT passage_id, vector FROM passage_embeddings WHERE model = $model ORDER BY passage_id;";
        command.Parameters.AddWithValue("$model", _model);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
                vectors.Add(VectorMath.FromBlob((byte[])reader.GetValue(1)));
            }
        }

        transaction.Commit();
        return new Snapshot(signature, [.. ids], [.. vectors]);
    }

    private sealed record Snapshot((long Count, long IdSum) Signature, long[] Ids, float[][] Vectors);
}
