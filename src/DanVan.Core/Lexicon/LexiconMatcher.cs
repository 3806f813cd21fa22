using DanVan.Core.Text;

namespace DanVan.Core.Lexicon;

/// <summary>Finds lexicon phrases in a question's tokens (longest first at each position).</summary>
public static class LexiconMatcher
{
    /// <summary>Where each phrase occurs: its start and length, without overlaps, left to right.</summary>
    public static IEnumerable<(int At, int Length)> Find(IReadOnlyList<QueryToken> tokens, IReadOnlyList<LexiconPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(phrases);
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = LongestAt(tokens, i, phrases);
            if (length > 0)
            {
                yield return (i, length);
                i += length - 1;
            }
        }
    }

    /// <summary>The length of the longest phrase starting at <paramref name="at"/>, 0 when none does.</summary>
    public static int LongestAt(IReadOnlyList<QueryToken> tokens, int at, IReadOnlyList<LexiconPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var longest = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > longest && phrase.StartsAt(tokens, at))
            {
                longest = phrase.Length;
            }
        }

        return longest;
    }

    /// <summary>True when any phrase occurs in the folded tokens.</summary>
    public static bool ContainsAny(IReadOnlyList<string> folded, IReadOnlyList<LexiconPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(phrases);
        for (var i = 0; i < folded.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.StartsAt(folded, i))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The question with each other name of a body written as the name the materials use ("cơ quan dân vận của tỉnh" →
    /// "ban dân vận tỉnh ủy"), so that search and the answer decision both see the written name.
    /// </summary>
    public static List<QueryToken> WithBodyNames(IReadOnlyList<QueryToken> tokens, QuestionLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lexicon);
        var result = new List<QueryToken>(tokens.Count);
        var folded = tokens.Select(t => t.Folded).ToList();
        var abbreviated = tokens.Any(Abbreviations.IsTypedAsAbbreviation);
        for (var i = 0; i < tokens.Count; i++)
        {
            var replaced = false;
            foreach (var body in lexicon.Bodies)
            {
                var alias = body.Skip(1).Where(a => a.StartsAt(tokens, i)).MaxBy(a => a.Length);
                if (alias is not null && !body[0].StartsAt(tokens, i))
                {
                    result.AddRange(body[0].Written.Zip(body[0].Folded, (w, f) => new QueryToken(w, f)));
                    i += alias.Length - 1;
                    replaced = true;
                    break;
                }

                // Another name typed with short forms ("cơ quan DV của TU"): a short form stands for one of its readings
                // when the whole then reads as that name (the written name's own short form, "BDVTU", is read downstream).
                var end = abbreviated && alias is null ? body.Skip(1).Max(a => EndWithAbbreviations(a, tokens, folded, i, 0)) : 0;
                if (end > i)
                {
                    result.AddRange(body[0].Written.Zip(body[0].Folded, (w, f) => new QueryToken(w, f)));
                    i = end - 1;
                    replaced = true;
                    break;
                }
            }

            if (!replaced)
            {
                result.Add(tokens[i]);
            }
        }

        return result;
    }

    // Where the question's tokens from at that spell the phrase from its syllable k end, some of them (at least one)
    // abbreviations typed without diacritics read as one of their readings; 0 when they do not spell it so.
    private static int EndWithAbbreviations(LexiconPhrase phrase, IReadOnlyList<QueryToken> tokens, List<string> folded, int at, int k, bool read = false)
    {
        if (k == phrase.Length)
        {
            return read ? at : 0;
        }

        if (at >= tokens.Count)
        {
            return 0;
        }

        if (Abbreviations.IsTypedAsAbbreviation(tokens[at]) && Abbreviations.Readings(folded, at, out var length) is { } readings)
        {
            foreach (var reading in readings)
            {
                var syllables = reading.Split(' ');
                if (TokenSequence.StartsAt(phrase.Folded, k, syllables)
                    && EndWithAbbreviations(phrase, tokens, folded, at + length, k + syllables.Length, read: true) is var end and > 0)
                {
                    return end;
                }
            }
        }

        return phrase.Folded[k] == folded[at] && (tokens[at].Typed.All(char.IsAscii) || tokens[at].Typed == phrase.Written[k])
            ? EndWithAbbreviations(phrase, tokens, folded, at + 1, k + 1, read)
            : 0;
    }
}
