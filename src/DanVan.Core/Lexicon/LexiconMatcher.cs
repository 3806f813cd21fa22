using System.Runtime.CompilerServices;
using DanVan.Core.Text;

namespace DanVan.Core.Lexicon;

/// <summary>
/// Finds lexicon phrases in a question's tokens (longest first at each position). A long list of phrases (the lexicon's
/// synonyms, its words: over a thousand each) is read through an index by first folded syllable, built once per list;
/// a list is taken as unchanged once passed in (the lexicon's never change; a list whose count changed is indexed again).
/// </summary>
public static class LexiconMatcher
{
    /// <summary>Lists shorter than this are read through: an index would cost more than it saves.</summary>
    private const int IndexFrom = 32;

    private static readonly ConditionalWeakTable<IReadOnlyList<LexiconPhrase>, FirstSyllableIndex> Indexes = [];

    // The first folded syllable of every other name of a body (not the written name), per lexicon.
    private static readonly ConditionalWeakTable<IReadOnlyList<IReadOnlyList<LexiconPhrase>>, HashSet<string>> BodyNameStarts = [];

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
        ArgumentNullException.ThrowIfNull(tokens);
        if (at < 0 || at >= tokens.Count)
        {
            return 0;
        }

        var longest = 0;
        foreach (var phrase in StartingWith(tokens[at].Folded, phrases))
        {
            if (phrase.Length > longest && phrase.StartsAt(tokens, at))
            {
                longest = phrase.Length;
            }
        }

        return longest;
    }

    /// <summary>
    /// The phrases of <paramref name="phrases"/> whose first folded syllable is <paramref name="folded"/>, the only ones
    /// that can start where it stands (in list order).
    /// </summary>
    public static IReadOnlyList<LexiconPhrase> StartingWith(string folded, IReadOnlyList<LexiconPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Count < IndexFrom)
        {
            return phrases;
        }

        if (!Indexes.TryGetValue(phrases, out var index) || index.Count != phrases.Count)
        {
            index = new FirstSyllableIndex(phrases);
            Indexes.AddOrUpdate(phrases, index);
        }

        return index.StartingWith(folded);
    }

    /// <summary>True when any phrase occurs in the folded tokens.</summary>
    public static bool ContainsAny(IReadOnlyList<string> folded, IReadOnlyList<LexiconPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(phrases);
        for (var i = 0; i < folded.Count; i++)
        {
            foreach (var phrase in StartingWith(folded[i], phrases))
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
        var firstSyllables = BodyNameStarts.GetValue(lexicon.Bodies, bodies => bodies.SelectMany(b => b.Skip(1)).Select(a => a.Folded[0]).ToHashSet(StringComparer.Ordinal));
        for (var i = 0; i < tokens.Count; i++)
        {
            var replaced = false;

            // Another name starts here only with its first syllable, or with a short form read as its start.
            var bodies = firstSyllables.Contains(folded[i]) || (abbreviated && Abbreviations.IsTypedAsAbbreviation(tokens[i]) && Abbreviations.Readings(folded, i, out _) is not null)
                ? lexicon.Bodies
                : [];
            foreach (var body in bodies)
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

            // A body described by its kind, domain and level ("ban lo dân vận của tỉnh ủy") is the body so named.
            if (!replaced && DescribedBodyAt(tokens, i, lexicon) is ({ } name, var described))
            {
                result.AddRange(name.Written.Zip(name.Folded, (w, f) => new QueryToken(w, f)));
                i = described - 1;
                replaced = true;
            }

            if (!replaced)
            {
                result.Add(tokens[i]);
            }
        }

        return result;
    }

    // The body whose description starts at the position, the one typed with its full level first, then the longest.
    private static (LexiconPhrase? Name, int End) DescribedBodyAt(IReadOnlyList<QueryToken> tokens, int at, QuestionLexicon lexicon)
    {
        var words = lexicon.BodyDescriptionWords;
        if (LongestAt(tokens, at, words.Kinds) == 0 && !lexicon.DescribedBodies.Any(b => b.Kind.StartsAt(tokens, at)))
        {
            return (null, 0);
        }

        var best = lexicon.DescribedBodies.Select(b => (Body: b, Read: b.EndOfDescription(tokens, at, words, lexicon.OfficeLevels)))
            .Where(x => x.Read.End > 0).OrderByDescending(x => x.Read.FullLevel).ThenByDescending(x => x.Read.End).FirstOrDefault();
        return best.Body is null ? (null, 0) : (best.Body.Name, best.Read.End);
    }

    private sealed class FirstSyllableIndex
    {
        private readonly Dictionary<string, LexiconPhrase[]> _byFirst;

        public FirstSyllableIndex(IReadOnlyList<LexiconPhrase> phrases)
        {
            Count = phrases.Count;
            _byFirst = phrases.Where(p => p.Length > 0).GroupBy(p => p.Folded[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        }

        public int Count { get; }

        public IReadOnlyList<LexiconPhrase> StartingWith(string folded) => _byFirst.GetValueOrDefault(folded) ?? [];
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
