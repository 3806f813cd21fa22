using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>Turns retrieved passages into an answer (extractive, or an LLM with an extractive fallback).</summary>
public interface IAnswerComposer
{
    /// <param name="question">The (possibly condensed) question.</param>
    /// <param name="passages">Relevant passages, best first; empty when nothing passed the relevance threshold.</param>
    Task<Answer> ComposeAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken = default);
}
