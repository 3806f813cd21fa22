using DanVan.Core.Answering;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Retrieval;

/// <summary>
/// The vector retriever with an embedding model: embeds the question and searches the stored passage vectors.
/// A model failure or timeout is logged and yields no candidates, so BM25 alone still answers.
/// </summary>
public sealed partial class EmbeddingVectorRetriever(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    VectorSearch search,
    IOptions<LlmOptions> options,
    TimeProvider timeProvider,
    ILogger<EmbeddingVectorRetriever> logger) : IVectorRetriever
{
    private readonly LlmOptions _options = options.Value;

    public bool IsEnabled => true;

    /// <inheritdoc />
    public async Task<IReadOnlyList<VectorCandidate>> CandidatesAsync(string question, int k, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(question) || k <= 0)
        {
            return [];
        }

        ReadOnlyMemory<float> vector;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), timeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                vector = await generator.GenerateVectorAsync(question.Trim(), cancellationToken: linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                LogTimedOut(_options.TimeoutSeconds);
                return [];
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, ex.GetType().Name);
                return [];
            }
        }

        return await search.SearchAsync(vector, k, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding the question timed out after {TimeoutSeconds} s; keyword search only.")]
    private partial void LogTimedOut(int timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding the question failed ({ErrorType}); keyword search only.")]
    private partial void LogFailed(Exception exception, string errorType);
}
