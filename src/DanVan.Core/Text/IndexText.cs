using System.Text;

namespace DanVan.Core.Text;

/// <summary>
/// The forms text takes in the index. <see cref="Prepare"/>: folded syllables, abbreviations followed by their
/// expansions (what relevance is scored on). <see cref="Terms"/>: the same syllables, then every adjacent pair joined
/// by <see cref="PairJoiner"/> into one token ("dan_van"), which is what the full-text index holds: a two-syllable
/// word is looked up as one term, with its own document frequency, instead of as a phrase whose syllables' position
/// lists must all be read (costly when both syllables are common, as "dân" and "vận" are in every passage).
/// </summary>
public static class IndexText
{
    /// <summary>Bump when tokenizing, folding, expansion or pairing code changes: stored index rows are then rebuilt at start (changed abbreviation data does the same through <see cref="FormatStamp"/>).</summary>
    public const int FormatVersion = 4;

    /// <summary>What the stored index must have been written with: <see cref="FormatVersion"/> and the abbreviations' hash.</summary>
    public static string FormatStamp(WordLists words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FormatVersion}.{words.IndexHash}");
    }

    /// <summary>Joins the two syllables of a pair token; a token character for the index (tokenchars), never part of a syllable.</summary>
    public const char PairJoiner = '_';

    public static string Prepare(string? text) => string.Join(' ', Tokens(text));

    /// <summary>Folded syllables with unambiguous abbreviations followed by their expansions.</summary>
    public static List<string> Tokens(string? text) => Tokens(text, WordLists.Current);

    /// <summary>Folded syllables with the unambiguous abbreviations of <paramref name="words"/> followed by their expansions.</summary>
    public static List<string> Tokens(string? text, WordLists words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.IsNullOrWhiteSpace(text) ? [] : words.Abbreviations.Expand(Tokenizer.Tokenize(text), keepAbbreviation: true);
    }

    /// <summary>The text of the full-text index: the syllables of <see cref="Prepare"/>, then their adjacent pairs as single tokens.</summary>
    public static string Terms(string? text) => Terms(text, WordLists.Current);

    /// <summary>The text of the full-text index as <paramref name="words"/> expand it.</summary>
    public static string Terms(string? text, WordLists words)
    {
        var tokens = Tokens(text, words);
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(tokens.Sum(t => t.Length) * 3);
        foreach (var token in tokens)
        {
            builder.Append(token).Append(' ');
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Two numbers side by side ("12 2021") are dates and counts, never a word: not worth an index entry.
            if (!IsNumber(tokens[i]) || !IsNumber(tokens[i + 1]))
            {
                builder.Append(tokens[i]).Append(PairJoiner).Append(tokens[i + 1]).Append(' ');
            }
        }

        return builder.ToString(0, builder.Length - 1);
    }

    /// <summary>The index token of two adjacent syllables.</summary>
    public static string Pair(string first, string second) => string.Concat(first, "_", second);

    /// <summary>True for a pair token made by <see cref="Terms"/>.</summary>
    public static bool IsPair(string term) => term.Contains(PairJoiner, StringComparison.Ordinal);

    public static bool IsNumber(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return token.Length > 0;
    }
}
