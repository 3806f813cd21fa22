using DanVan.Core.LanguageModels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Retrieval;

/// <summary>
/// The vector retriever with an embedding model: embeds the question and searches the stored passage vectors.
/// A model failure or timeout is logged and yields no candidates, so BM25 alone still answers.
/// </summary>
public sealed class EmbeddingVectorRetriever(
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

        var vector = await ModelCall.TryAsync(logger, "embedding the question", "keyword search only",
            TimeSpan.FromSeconds(_options.TimeoutSeconds), timeProvider,
            ct => generator.GenerateVectorAsync(question.Trim(), cancellationToken: ct), cancellationToken);
        if (!vector.Succeeded)
        {
            return [];
        }

        return await search.SearchAsync(vector.Value, k, cancellationToken);
    }
}
