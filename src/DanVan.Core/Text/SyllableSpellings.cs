using System.Collections.Concurrent;
using System.Globalization;

namespace DanVan.Core.Text;

/// <summary>
/// The spellings of the Vietnamese syllables a text holds (<see cref="SyllableSpelling"/>): which written forms stand
/// behind each folded syllable, so that a syllable typed without diacritics can be weighed by how many words it may be.
/// Only tokens that can be syllables count (no digits, no abbreviations such as "MTTQ").
/// </summary>
/// <remarks>
/// Ingestion reads every passage through here, so a word is lower-cased into a stack buffer and looked up in a cache of
/// the words seen (a language has a few thousand syllables; the cache stops growing at <see cref="MaxCached"/>).
/// </remarks>
public static class SyllableSpellings
{
    private const int MaxWord = 16;
    private const int MaxCached = 200_000;
    private static readonly ConcurrentDictionary<string, SyllableSpelling?> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SyllableSpelling?>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the spelling of every syllable of <paramref name="text"/> (NFC) to <paramref name="into"/>.</summary>
    public static void AddTo(string? text, ISet<SyllableSpelling> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Span<char> buffer = stackalloc char[MaxWord];
        var length = 0;
        var skip = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                if (length < MaxWord)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    skip = true;
                }

                continue;
            }

            if (char.IsDigit(c))
            {
                skip = true;
                continue;
            }

            if (length > 0 && !skip && Of(buffer[..length]) is { } spelling)
            {
                into.Add(spelling);
            }

            length = 0;
            skip = false;
        }
    }

    /// <summary>The spellings of a text's syllables, each once.</summary>
    public static HashSet<SyllableSpelling> Of(string? text)
    {
        var spellings = new HashSet<SyllableSpelling>();
        AddTo(text, spellings);
        return spellings;
    }

    private static SyllableSpelling? Of(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = new string(word);
        var tokens = Tokenizer.Tokenize(text);
        SyllableSpelling? spelling = tokens.Count == 1 && Syllables.IsPossible(tokens[0])
            ? new SyllableSpelling(tokens[0], VietnameseText.SpellingKey(text, tokens[0]))
            : null;
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(text, spelling);
        }

        return spelling;
    }
}
