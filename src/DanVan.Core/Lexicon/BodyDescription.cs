using DanVan.Core.Text;

namespace DanVan.Core.Lexicon;

/// <summary>
/// A body the lexicon names (the first name of each set of <c>bodies</c>) read as its parts: its kind ("ban", one of
/// <c>bodyKinds</c>), its domain ("dân vận") and its level ("tỉnh ủy", one of <c>bodyLevels</c> or <c>localities</c>).
/// A question that describes a body by these parts ("ban lo dân vận của tỉnh ủy", "cơ quan phụ trách công tác dân vận
/// cấp tỉnh", "bên tham mưu cho tỉnh ủy về dân vận") names it: the kind word, or a word for any body
/// (<c>bodyDescriptions.kinds</c>: "cơ quan", "bên"), then the domain and the level in either order with only words of
/// what a body does (<c>bodyDescriptions.duties</c>: "lo", "phụ trách") or links (<c>bodyDescriptions.links</c>: "của",
/// "cấp") between them. A level typed shorter than the written one ("tỉnh" for "tỉnh ủy") is that level.
/// </summary>
public sealed record BodyDescription(LexiconPhrase Name, LexiconPhrase Kind, LexiconPhrase Domain, LexiconPhrase Level)
{
    /// <summary>Words of what a body does or links between its kind, domain and level at most.</summary>
    public const int MaxFillers = 6;

    /// <summary>The lexicon's bodies read as kind, domain and level; a name that does not read so is left out.</summary>
    public static IReadOnlyList<BodyDescription> Of(IEnumerable<string> names, IReadOnlyList<LexiconPhrase> kinds, IReadOnlyList<LexiconPhrase> levels)
    {
        var result = new List<BodyDescription>();
        foreach (var name in names.Select(LexiconPhrase.Of).Where(n => n.Length > 2))
        {
            var tokens = name.Written.Zip(name.Folded, (w, f) => new QueryToken(w, f)).ToList();
            var kind = LexiconMatcher.LongestAt(tokens, 0, kinds);
            var level = levels.Where(l => l.Length < name.Length - kind && TokenSequence.StartsAt(name.Folded, name.Length - l.Length, l.Folded))
                .Select(l => l.Length).DefaultIfEmpty(0).Max();
            if (kind > 0 && level > 0 && kind + level < name.Length)
            {
                result.Add(new BodyDescription(name, Part(name, 0, kind), Part(name, kind, name.Length - kind - level), Part(name, name.Length - level, level)));
            }
        }

        return result;
    }

    /// <summary>
    /// Where a description of this body that starts at <paramref name="at"/> ends (0 when none starts there), and whether
    /// its level was typed in full. The written name itself is no description.
    /// </summary>
    public (int End, bool FullLevel) EndOfDescription(IReadOnlyList<QueryToken> tokens, int at, BodyDescriptionWords words, IReadOnlyList<LexiconPhrase> levels)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(levels);
        var kind = Kind.StartsAt(tokens, at) ? Kind.Length : 0;
        var generic = kind == 0 ? LexiconMatcher.LongestAt(tokens, at, words.Kinds) : 0;
        if (kind + generic == 0)
        {
            return (0, false);
        }

        var (end, domain, level, fullLevel, fillers) = (at + kind + generic, false, false, false, 0);
        while (end < tokens.Count && !(domain && level))
        {
            if (!domain && Domain.StartsAt(tokens, end))
            {
                (end, domain) = (end + Domain.Length, true);
                continue;
            }

            if (!level && LevelAt(tokens, end, levels) is var (length, full) and (> 0, _))
            {
                (end, level, fullLevel) = (end + length, true, full);
                continue;
            }

            var filler = Math.Max(LexiconMatcher.LongestAt(tokens, end, words.Duties), LexiconMatcher.LongestAt(tokens, end, words.Links));
            if (filler == 0 || fillers + filler > MaxFillers)
            {
                break;
            }

            (end, fillers) = (end + filler, fillers + filler);
        }

        return domain && level && (generic > 0 || fillers > 0 || !fullLevel) ? (end, fullLevel) : (0, false);
    }

    // This body's level typed at the position, in full or shorter ("tỉnh" of "tỉnh ủy", itself a level), and its length.
    private (int Length, bool Full) LevelAt(IReadOnlyList<QueryToken> tokens, int at, IReadOnlyList<LexiconPhrase> levels)
    {
        if (Level.StartsAt(tokens, at))
        {
            return (Level.Length, true);
        }

        var shorter = levels.Where(l => l.Length < Level.Length && TokenSequence.StartsAt(Level.Folded, 0, l.Folded) && l.StartsAt(tokens, at))
            .Select(l => l.Length).DefaultIfEmpty(0).Max();
        return (shorter, false);
    }

    private static LexiconPhrase Part(LexiconPhrase name, int from, int length) => new(name.Written[from..(from + length)], name.Folded[from..(from + length)]);
}

/// <summary>The words a body's description may hold besides its parts (lexicon <c>bodyDescriptions</c>).</summary>
public sealed record BodyDescriptionWords(IReadOnlyList<LexiconPhrase> Kinds, IReadOnlyList<LexiconPhrase> Duties, IReadOnlyList<LexiconPhrase> Links);
