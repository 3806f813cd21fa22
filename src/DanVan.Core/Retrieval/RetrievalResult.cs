namespace DanVan.Core.Retrieval;

/// <summary>Ranked passages for a question and how well the best one covers it (0–1).</summary>
public sealed record RetrievalResult(SearchQuery Query, IReadOnlyList<RetrievedPassage> Passages, double Relevance, bool IsRelevant);
