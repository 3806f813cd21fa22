using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// One phrase of a question as an FTS5 expression over the index's tokens: a syllable is itself, two syllables are
/// their pair token, longer phrases are all their pair tokens together. <see cref="Frequency"/> is how many passages
/// hold it at most (from the index vocabulary); <see cref="Reads"/> is about how many index entries FTS5 reads to match
/// it: for tokens AND-ed, the rarest one's entries, plus, in each of the others, a stretch around each of them (FTS5
/// skips through a long entry list with its index), or all of a list when that is shorter.
/// </summary>
internal sealed record MatchPhrase(string Expression, long Frequency, IReadOnlyList<string> Syllables)
{
    /// <summary>Entries read in another token's list per entry of the rarest, when FTS5 skips to it.</summary>
    private const long EntriesPerSkip = 32;

    public long Reads { get; init; } = Frequency;

    /// <summary>
    /// How many index entries ranking it reads: bm25 counts the passages holding each token of the expression, so a phrase
    /// of tokens AND-ed costs all of their passages, however few hold them together.
    /// </summary>
    public long RankingCost { get; init; } = Frequency;

    public static MatchPhrase Of(string phrase, Vocabulary vocabulary)
    {
        // Phrases are folded [a-z0-9 ] only, and every token is quoted anyway: no operator, column or prefix syntax survives.
        var syllables = phrase.Replace("\"", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (syllables.Length == 1)
        {
            return new MatchPhrase(Quote(syllables[0]), vocabulary.Frequency(syllables[0]), syllables);
        }

        var pairs = syllables.Zip(syllables.Skip(1), IndexText.Pair).ToList();
        var frequency = pairs.Min(vocabulary.Frequency);
        return new MatchPhrase(pairs.Count == 1 ? Quote(pairs[0]) : "(" + string.Join(" AND ", pairs.Select(Quote)) + ")", frequency, syllables)
        {
            Reads = Together(pairs.Select(p => (long)vocabulary.Frequency(p)).ToList()),
            RankingCost = pairs.Sum(p => (long)vocabulary.Frequency(p)),
        };
    }

    /// <summary>
    /// Passages holding every one of <paramref name="phrases"/> (one flat AND: the expression nests no deeper), of which
    /// there are expected to be <paramref name="expected"/>.
    /// </summary>
    public static MatchPhrase All(IReadOnlyList<MatchPhrase> phrases, long expected) =>
        new("(" + string.Join(" AND ", phrases.Select(p => p.Expression.Trim('(', ')'))) + ")", expected, phrases.SelectMany(p => p.Syllables).ToList())
        {
            Reads = Together(phrases.Select(p => p.Reads).ToList()),
            RankingCost = phrases.Sum(p => p.RankingCost),
        };

    private static long Together(IReadOnlyList<long> reads)
    {
        var rarest = reads.Min();
        return reads.Sum(r => Math.Min(r, Math.Max(rarest, 1) * EntriesPerSkip));
    }

    private static string Quote(string token) => "\"" + token + "\"";
}
