using DanVan.Core.Text;

namespace DanVan.Core.Retrieval;

/// <summary>
/// The syllables of a question typed without diacritics that the index writes in several ways ("doi": đội, đổi, đời),
/// each with its <see cref="Vocabulary.SpellingCertainty"/>: which word was meant is a guess, so a match of it alone
/// counts that much (<see cref="CoverageScorer.DiscountAmbiguous"/>). Measured over the whole index, not the passages a
/// search happened to find, so chatter whose folded syllables fall on policy words is weighed the same everywhere.
/// A question typed with diacritics writes its plain syllables as they are ("Ban", "cho"): nothing to guess there.
/// </summary>
public static class AmbiguousSyllables
{
    /// <summary>A question with at least this share of its syllables carrying marks is typed with diacritics.</summary>
    private const double TypedWithDiacritics = 0.5;

    public static Dictionary<string, double> Of(string? question, SearchQuery query, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var syllables = Tokenizer.TokenizeTyped(question).Where(t => Syllables.IsPossible(t.Folded)).ToList();
        if (!TypedWithoutDiacritics(syllables))
        {
            return [];
        }

        var factors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in syllables)
        {
            if (token.Typed == token.Folded && !StopWords.IsStopWord(token.Typed, token.Folded)
                && vocabulary.SpellingCertainty(token.Folded) is var certainty and < 1)
            {
                factors[token.Folded] = certainty;
            }
        }

        return factors;
    }

    /// <summary>True when fewer than half of the possible syllables among <paramref name="tokens"/> carry marks.</summary>
    public static bool TypedWithoutDiacritics(IReadOnlyCollection<QueryToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var syllables = tokens.Count(t => Syllables.IsPossible(t.Folded));
        var marked = tokens.Count(t => t.Typed != t.Folded && Syllables.IsPossible(t.Folded));
        return syllables > 0 && marked < TypedWithDiacritics * syllables;
    }
}
