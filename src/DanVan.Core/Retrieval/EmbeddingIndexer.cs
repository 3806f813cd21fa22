using DanVan.Core.LanguageModels;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// Embeds the passages that have no vector for the configured embedding model, in batches, committing each batch.
/// A failure midway leaves the committed batches in place, so the next run resumes where this one stopped.
/// </summary>
public sealed partial class EmbeddingIndexer(
    SqliteConnectionFactory connections,
    IEmbeddingGenerator<string, Embedding<float>> generator,
    IOptions<LlmOptions> options,
    ILogger<EmbeddingIndexer> logger) : IDisposable
{
    /// <summary>Passages per embedding request (and per transaction).</summary>
    public const int DefaultBatchSize = 32;

    private readonly string _model = options.Value.EmbeddingModel?.Trim() is { Length: > 0 } model
        ? model
        : throw new InvalidOperationException("EmbeddingIndexer needs Llm:EmbeddingModel to be set.");

    private readonly SemaphoreSlim _runLock = new(1, 1);

    /// <summary>Passages per request; tests lower it to exercise several batches.</summary>
    internal int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Embeds every pending passage. Returns how many were embedded. Throws on a model failure after logging it;
    /// the batches committed before the failure stay.
    /// </summary>
    public async Task<int> IndexPendingAsync(CancellationToken cancellationToken = default)
    {
        // Ingestion of several documents may trigger this concurrently; one run at a time embeds each passage once.
        await _runLock.WaitAsync(cancellationToken);
        try
        {
            var indexed = 0;
            var afterId = 0L;
            while (true)
            {
                var batch = await ReadPendingAsync(afterId, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                GeneratedEmbeddings<Embedding<float>> embeddings;
                try
                {
                    embeddings = await generator.GenerateAsync(batch.Select(p => p.Text), cancellationToken: cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    LogBatchFailed(ex, _model, batch.Count, indexed);
                    throw;
                }

                if (embeddings.Count != batch.Count)
                {
                    throw new InvalidOperationException(
                        $"The embedding service returned {embeddings.Count} vectors for {batch.Count} passages (model {_model}).");
                }

                await StoreAsync(batch, embeddings, cancellationToken);
                indexed += batch.Count;
                afterId = batch[^1].Id;
            }

            if (indexed > 0)
            {
                LogIndexed(indexed, _model);
            }

            return indexed;
        }
        finally
        {
            _runLock.Release();
        }
    }

    /// <summary>How many passages still lack a vector for the current model.</summary>
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT count(*) FROM passages p
            WHERE NOT EXISTS (SELECT 1 FROM passage_embeddings e WHERE e.passage_id = p.id AND e.model = $model);
            """;
        command.Parameters.AddWithValue("$model", _model);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<PendingPassage>> ReadPendingAsync(long afterId, CancellationToken cancellationToken)
    {
        using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT p.id, d.title, p.section, p.text
            FROM passages p JOIN documents d ON d.id = p.document_id
            WHERE p.id > $after
              AND NOT EXISTS (SELECT 1 FROM passage_embeddings e WHERE e.passage_id = p.id AND e.model = $model)
            ORDER BY p.id
            LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$model", _model);
        command.Parameters.AddWithValue("$limit", BatchSize);
        var batch = new List<PendingPassage>(BatchSize);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add(new PendingPassage(reader.GetInt64(0), EmbeddingText(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3))));
        }

        return batch;
    }

    /// <summary>Longest text sent for one passage; chunks are far shorter, this only guards small-context models.</summary>
    internal const int MaxEmbeddingTextLength = 4000;

    /// <summary>The title and section give a short passage its context, as they do for BM25.</summary>
    internal static string EmbeddingText(string title, string? section, string text)
    {
        var full = string.IsNullOrWhiteSpace(section) ? $"{title}\n{text}" : $"{title} › {section}\n{text}";
        return TextCut.Truncate(full, MaxEmbeddingTextLength);
    }

    private async Task StoreAsync(List<PendingPassage> batch, GeneratedEmbeddings<Embedding<float>> embeddings, CancellationToken cancellationToken)
    {
        using var connection = await connections.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // A passage removed while its batch was being embedded is skipped rather than violating the foreign key.
        command.CommandText =
            """
            INSERT INTO passage_embeddings (passage_id, model, dims, vector)
            SELECT $id, $model, $dims, $vector WHERE EXISTS (SELECT 1 FROM passages WHERE id = $id)
            ON CONFLICT (passage_id) DO UPDATE SET model = excluded.model, dims = excluded.dims, vector = excluded.vector;
            """;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        command.Parameters.AddWithValue("$model", _model);
        var dims = command.Parameters.Add("$dims", SqliteType.Integer);
        var vector = command.Parameters.Add("$vector", SqliteType.Blob);
        for (var i = 0; i < batch.Count; i++)
        {
            var normalized = VectorMath.Normalize(embeddings[i].Vector.Span);
            id.Value = batch[i].Id;
            dims.Value = normalized.Length;
            vector.Value = VectorMath.ToBlob(normalized);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
    }

    public void Dispose() => _runLock.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded {Count} passages with {Model}.")]
    private partial void LogIndexed(int count, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding a batch of {BatchCount} passages with {Model} failed after {IndexedCount} were stored; the next run resumes from there.")]
    private partial void LogBatchFailed(Exception exception, string model, int batchCount, int indexedCount);

    private sealed record PendingPassage(long Id, string Text);
}
