namespace DanVan.Core.Text;

/// <summary>
/// Abbreviations in folded form, with the look-ups the tokenizer and the query builder need: unambiguous ones
/// (<see cref="Map"/>) are expanded in indexed text and questions, ambiguous ones (<see cref="QueryOnly"/>) in questions
/// only, to every reading. Keys are folded tokens joined by spaces ("kt xh").
/// </summary>
public sealed class AbbreviationTable
{
    private readonly int _maxKeyTokens;

    // First tokens of multi-token keys ("kt" of "kt xh"), so most tokens need one dictionary look-up and no allocation.
    private readonly HashSet<string> _multiTokenStarts;

    // First tokens of the keys of Map (one-token keys, and the first token of longer ones).
    private readonly HashSet<string> _indexedStarts;

    public AbbreviationTable(IReadOnlyDictionary<string, string> map, IReadOnlyDictionary<string, string[]> queryOnly,
        IReadOnlyDictionary<string, string[]>? marked = null, IReadOnlyDictionary<string, string[]>? written = null)
    {
        Written = written ?? new Dictionary<string, string[]>(StringComparer.Ordinal);
        Map = map;
        QueryOnly = queryOnly;
        Marked = marked ?? new Dictionary<string, string[]>(StringComparer.Ordinal);
        MarkedPlain = Marked.Where(e => e.Value.Length == 1).GroupBy(e => VietnameseText.Fold(e.Key), StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && !map.ContainsKey(g.Key) && !queryOnly.ContainsKey(g.Key))
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var keys = map.Keys.Concat(queryOnly.Keys).ToList();
        _maxKeyTokens = keys.Count == 0 ? 1 : keys.Max(k => k.Count(c => c == ' ') + 1);
        _multiTokenStarts = new HashSet<string>(keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(FirstToken), StringComparer.Ordinal);
        _indexedStarts = new HashSet<string>(map.Keys.Select(FirstToken), StringComparer.Ordinal);
    }

    /// <summary>Unambiguous abbreviation → folded expansion.</summary>
    public IReadOnlyDictionary<string, string> Map { get; }

    /// <summary>Short forms with several readings: expanded in questions to all of them, never in indexed text.</summary>
    public IReadOnlyDictionary<string, string[]> QueryOnly { get; }

    /// <summary>
    /// Short forms written with đ whose spelling with d is another entry ("nđ": nghị định, where "nd" is nội dung or nhân
    /// dân), keyed as typed in lower case, to their readings as written: read so only when typed with đ
    /// (<c>Retrieval.AbbreviationSpellings</c>); folded, the key means the entry written with d.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Marked { get; }

    /// <summary>
    /// The short forms of <see cref="Marked"/> whose spelling with d is no other entry but a word ("du": ĐU, Đảng ủy, or
    /// dự, du lịch), by that folded spelling, to their one reading as written: a question typed without diacritics may
    /// mean either, and only its neighbours tell (<c>Retrieval.AbbreviationSpellings</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string[]> MarkedPlain { get; }

    /// <summary>The readings of each one-word short form (folded key) as the data writes them, with diacritics ("tu": Tỉnh ủy).</summary>
    public IReadOnlyDictionary<string, string[]> Written { get; }

    /// <summary>Expands unambiguous abbreviations, keeping the short form before its expansion when asked (indexing).</summary>
    public List<string> Expand(List<string> tokens, bool keepAbbreviation)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        List<string>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // One look-up rules out nearly every token.
            var (matched, expansion) = _indexedStarts.Contains(tokens[i]) ? Match(tokens, i, Map) : (0, null);
            if (expansion is null)
            {
                result?.Add(tokens[i]);
                continue;
            }

            result ??= new List<string>(tokens.Count + 8);
            if (result.Count == 0)
            {
                result.AddRange(tokens.Take(i));
            }

            if (keepAbbreviation)
            {
                for (var k = 0; k < matched; k++)
                {
                    result.Add(tokens[i + k]);
                }
            }

            result.AddRange(expansion.Split(' '));
            i += matched - 1;
        }

        return result ?? tokens;
    }

    /// <summary>The readings of an abbreviation starting at <paramref name="index"/>, or null; <paramref name="length"/> says how many tokens it spans.</summary>
    public string[]? Readings(IReadOnlyList<string> tokens, int index, out int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var (matched, expansion) = Match(tokens, index, Map);
        var (matchedAlt, alternatives) = Match(tokens, index, QueryOnly);
        if (matched < 2 && matchedAlt < 2 && Spaced(tokens, index) is { } compound)
        {
            length = 2;
            return [compound];
        }

        if (expansion is not null && matched >= matchedAlt)
        {
            length = matched;
            return [expansion];
        }

        length = matchedAlt;
        return alternatives;
    }

    // A compound typed in two parts ("CT DV", "BDV TU", "UB MTTQ"): two tokens that together spell an unambiguous
    // abbreviation, the first of which is no Vietnamese syllable (so two words never join into one).
    private string? Spaced(IReadOnlyList<string> tokens, int index) =>
        index + 1 < tokens.Count && !Syllables.IsPossible(tokens[index]) && tokens[index + 1].All(char.IsAsciiLetter)
        && Map.TryGetValue(tokens[index] + tokens[index + 1], out var expansion) ? expansion : null;

    private static string FirstToken(string key) =>
        key.Contains(' ', StringComparison.Ordinal) ? key[..key.IndexOf(' ', StringComparison.Ordinal)] : key;

    private (int Length, T? Value) Match<T>(IReadOnlyList<string> tokens, int index, IReadOnlyDictionary<string, T> map)
        where T : class
    {
        if (_multiTokenStarts.Contains(tokens[index]))
        {
            for (var n = Math.Min(_maxKeyTokens, tokens.Count - index); n >= 2; n--)
            {
                if (map.TryGetValue(string.Join(' ', tokens.Skip(index).Take(n)), out var value))
                {
                    return (n, value);
                }
            }
        }

        return map.TryGetValue(tokens[index], out var single) ? (1, single) : (0, null);
    }
}
