namespace DanVan.Core.Retrieval;

/// <summary>
/// The semantic side of hybrid retrieval: passages nearest to the question by embedding. The retriever fuses this
/// ranking with BM25 (<see cref="RankFusion.Reciprocal"/>). Without an embedding model it returns nothing.
/// </summary>
public interface IVectorRetriever
{
    /// <summary>True when an embedding model is configured, so <see cref="CandidatesAsync"/> can return passages.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Up to <paramref name="k"/> passages, nearest first. Never throws for a model failure: it logs and returns an
    /// empty list so keyword retrieval still answers.
    /// </summary>
    Task<IReadOnlyList<VectorCandidate>> CandidatesAsync(string question, int k, CancellationToken cancellationToken = default);
}
