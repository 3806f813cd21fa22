namespace DanVan.Core.Answering;

/// <summary>One numbered source of an answer: a retrieved passage and the document it belongs to.</summary>
public sealed record AnswerSource(
    int Rank,
    long DocumentId,
    long PassageId,
    string Title,
    string? Section,
    string? Path,
    string? Publisher,
    DateOnly? Published,
    double Score,
    string Text);
