namespace DanVan.Core.Retrieval;

/// <summary>The vector retriever when no embedding model is configured: always empty.</summary>
public sealed class NullVectorRetriever : IVectorRetriever
{
    public bool IsEnabled => false;

    public Task<IReadOnlyList<VectorCandidate>> CandidatesAsync(string question, int k, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<VectorCandidate>>([]);
}
