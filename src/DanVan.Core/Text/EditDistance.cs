namespace DanVan.Core.Text;

/// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), bounded.</summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it is known to exceed <paramref name="max"/>.</summary>
    public static int Damerau(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The words one slip of the fingers away from <paramref name="word"/>: a letter put in (it was missing) and, unless
    /// <paramref name="insertionsOnly"/>, a letter taken out (it was doubled) or two neighbours swapped.
    /// </summary>
    public static IEnumerable<string> OneSlip(string word, bool insertionsOnly)
    {
        ArgumentNullException.ThrowIfNull(word);
        for (var at = 0; at <= word.Length; at++)
        {
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                yield return word.Insert(at, letter.ToString());
            }
        }

        if (insertionsOnly)
        {
            yield break;
        }

        for (var at = 0; at < word.Length; at++)
        {
            if (word.Length > 1)
            {
                yield return word.Remove(at, 1);
            }

            if (at + 1 < word.Length)
            {
                yield return string.Concat(word[..at], word[at + 1], word[at], word[(at + 2)..]);
            }
        }
    }
}
