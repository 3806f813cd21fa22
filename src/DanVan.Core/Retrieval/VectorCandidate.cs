namespace DanVan.Core.Retrieval;

/// <summary>A passage found by vector search, with its cosine similarity to the question (higher is closer).</summary>
public readonly record struct VectorCandidate(long PassageId, double Score);
