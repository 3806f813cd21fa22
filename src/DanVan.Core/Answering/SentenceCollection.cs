namespace DanVan.Core.Answering;

/// <summary>
/// Every sentence of the retrieved passages, scored; the best-supported sentence holding the kind of fact asked
/// (<see cref="Supporting"/>, with its <see cref="Support"/>); and what the question names that no passage names.
/// </summary>
internal sealed record SentenceCollection(
    IReadOnlyList<SentenceCandidate> Candidates,
    SentenceCandidate? Supporting,
    double Support,
    IReadOnlyList<string> NotMentioned)
{
    public SentenceCandidate? Best { get; } = Candidates.MaxBy(c => c.Score);

    /// <summary>
    /// The best window of the supporting sentence's document that holds no asked kind of fact but passes every other
    /// check (0 when there is none): how well that document covers the question apart from the sentence holding the fact.
    /// Scored when asked (only a near miss of MinSupport asks).
    /// </summary>
    public Func<double> KindlessWindow { get; init; } = () => 0;
}
