using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// One phrase of a question as an FTS5 expression over the index's tokens: a syllable is itself, two syllables are
/// their pair token, longer phrases are all their pair tokens together. <see cref="Frequency"/> is how many passages
/// hold it at most (from the index vocabulary), which is also what matching it costs.
/// </summary>
internal sealed record MatchPhrase(string Expression, long Frequency, IReadOnlyList<string> Syllables)
{
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
        return new MatchPhrase(pairs.Count == 1 ? Quote(pairs[0]) : "(" + string.Join(" AND ", pairs.Select(Quote)) + ")", frequency, syllables);
    }

    /// <summary>
    /// Passages holding every one of <paramref name="phrases"/> (one flat AND: the expression nests no deeper), of which
    /// there are expected to be <paramref name="expected"/>.
    /// </summary>
    public static MatchPhrase All(IReadOnlyList<MatchPhrase> phrases, long expected) =>
        new("(" + string.Join(" AND ", phrases.Select(p => p.Expression.Trim('(', ')'))) + ")", expected, phrases.SelectMany(p => p.Syllables).ToList());

    private static string Quote(string token) => "\"" + token + "\"";
}
