namespace DanVan.Core.Text;

/// <summary>Where a phrase of tokens (syllables, or their numbers) stands in a longer sequence.</summary>
public static class TokenSequence
{
    /// <summary>True when <paramref name="phrase"/> stands in <paramref name="sequence"/> from position <paramref name="at"/>.</summary>
    public static bool StartsAt<T>(IReadOnlyList<T> sequence, int at, IReadOnlyList<T> phrase)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(phrase);
        if (at < 0 || at + phrase.Count > sequence.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Count; k++)
        {
            if (!sequence[at + k].Equals(phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="phrase"/> stands anywhere in <paramref name="sequence"/>.</summary>
    public static bool Contains<T>(IReadOnlyList<T> sequence, IReadOnlyList<T> phrase)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(phrase);
        for (var start = 0; start + phrase.Count <= sequence.Count; start++)
        {
            if (StartsAt(sequence, start, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
