using DanVan.Core.Text;

namespace DanVan.Core.Lexicon;

/// <summary>
/// A phrase of the lexicon as syllables, written (lower-case, with diacritics) and folded. A question's syllable typed
/// with diacritics matches only the written one ("căn" is not "cán"); one typed without matches any that folds alike.
/// </summary>
public sealed record LexiconPhrase(string[] Written, string[] Folded)
{
    /// <summary>The phrase as a folded, space-separated key.</summary>
    public string Key { get; } = string.Join(' ', Folded);

    public int Length => Folded.Length;

    public static LexiconPhrase Of(string text)
    {
        var tokens = Tokenizer.TokenizeTyped(VietnameseText.Normalize(text));
        return new LexiconPhrase(tokens.Select(t => t.Typed).ToArray(), tokens.Select(t => t.Folded).ToArray());
    }

    /// <summary>
    /// True when the phrase starts at <paramref name="at"/> of the question's tokens (or of the materials' tokens, read as
    /// written: see <see cref="QueryToken.Written"/>).
    /// </summary>
    public bool StartsAt(IReadOnlyList<QueryToken> tokens, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (Folded.Length == 0 || at < 0 || at + Folded.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < Folded.Length; k++)
        {
            var token = tokens[at + k];
            if (token.Folded != Folded[k] || ((token.Written || !IsPlain(token)) && token.Typed != Written[k]))
            {
                return false;
            }
        }

        return true;
    }

    // Typed without diacritics: its folded form ("ky" → "ki", final y read as i) may differ from what was typed.
    private static bool IsPlain(QueryToken token) => token.Typed == token.Folded || token.Typed.All(char.IsAscii);

    /// <summary>True when the phrase starts at <paramref name="at"/> of folded tokens (text whose diacritics are not asked about).</summary>
    public bool StartsAt(IReadOnlyList<string> folded, int at) => TokenSequence.StartsAt(folded, at, Folded);
}
