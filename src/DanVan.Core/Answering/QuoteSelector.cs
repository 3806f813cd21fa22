namespace DanVan.Core.Answering;

/// <summary>
/// Which sentences an answer quotes: the one holding the asked fact first, then one for each other kind of fact the
/// question asks ("khai mạc ở đâu và kéo dài mấy ngày") — together the answer — and close context while it fits.
/// </summary>
internal static class QuoteSelector
{
    /// <summary>Sentences quoted at most.</summary>
    public const int MaxSentences = 3;

    /// <summary>Characters of quotation in all.</summary>
    public const int MaxChars = 900;

    public static (List<SentenceCandidate> Answer, List<SentenceCandidate> Context) Answer(SentenceCollection collection, AnswerExpectation expectation, Func<SentenceCandidate, long> documentOf)
    {
        var best = collection.Best!;
        var primary = expectation.IsSpecific && collection.Supporting is { } supporting ? FactFirst(collection, supporting, documentOf) : best;
        var chosen = new List<SentenceCandidate> { primary };

        // A question asking several things quotes, for each kind of fact no chosen sentence holds, the best sentence of
        // the same document that holds it.
        var missing = expectation.AllKinds & ~primary.Kinds;
        var document = documentOf(primary);
        while (missing != 0 && chosen.Count < MaxSentences)
        {
            var more = collection.Candidates.Where(c => (c.Kinds & missing) != 0 && c.Coverage > 0 && documentOf(c) == document && !chosen.Contains(c))
                .MaxBy(c => c.Score);
            if (more is null)
            {
                break;
            }

            chosen.Add(more);
            missing &= ~more.Kinds;
        }

        var answering = chosen.Count;

        // Context: the best-scoring other sentences, close to the best, while they fit.
        foreach (var candidate in collection.Candidates.OrderByDescending(c => c.Score))
        {
            if (chosen.Count >= MaxSentences || candidate.Score < best.Score * 0.7)
            {
                break;
            }

            if (candidate.Coverage > 0 && !chosen.Any(c => c == candidate || string.Equals(c.Text, candidate.Text, StringComparison.Ordinal))
                && Length(chosen) + Quote.Cut(candidate.Text).Length <= MaxChars)
            {
                chosen.Add(candidate);
            }
        }

        return (chosen[..answering], chosen[answering..]);
    }

    // The sentence to open with: of the supporting document's sentences holding the kind of fact asked, the best scoring
    // one that says something ("1." of a numbered list holds a digit but no fact).
    private static SentenceCandidate FactFirst(SentenceCollection collection, SentenceCandidate supporting, Func<SentenceCandidate, long> documentOf) =>
        collection.Candidates.Where(c => c.Kinds != 0 && c.Coverage > 0 && c.Text.Length >= MinFactChars && documentOf(c) == documentOf(supporting))
            .MaxBy(c => c.Score) ?? supporting;

    private const int MinFactChars = 20;

    /// <summary>Related material: the one or two closest sentences, from different places.</summary>
    public static List<SentenceCandidate> Related(SentenceCollection collection) =>
        collection.Candidates.Where(c => c.Coverage > 0).OrderByDescending(c => c.Coverage).ThenByDescending(c => c.Score)
            .DistinctBy(c => c.Text).Take(2).ToList();

    private static int Length(IEnumerable<SentenceCandidate> chosen) => chosen.Sum(c => Quote.Cut(c.Text).Length);
}
