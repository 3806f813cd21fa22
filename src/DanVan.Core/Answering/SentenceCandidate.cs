namespace DanVan.Core.Answering;

/// <summary>A sentence of a retrieved passage; <see cref="Kinds"/> are the kinds of fact asked that it holds (bits).</summary>
internal sealed record SentenceCandidate(int PassageRank, int Position, string Text, double Coverage, double Score, int Kinds)
{
    /// <summary>The line (paragraph) of its passage the sentence stands in.</summary>
    public int Line { get; init; }
}
