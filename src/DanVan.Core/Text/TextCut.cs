using System.Globalization;

namespace DanVan.Core.Text;

/// <summary>
/// The one place where text is cut to a length: always at a grapheme boundary (a letter with its combining marks, an
/// emoji with its modifiers, a surrogate pair stay whole), so a cut never produces invalid UTF-16 or a stray accent.
/// Cost is bounded by the distance scanned back from the cut, not by the length of the text.
/// </summary>
public static class TextCut
{
    /// <summary>How far back from a cut to look for a character that surely starts a grapheme.</summary>
    private const int MaxLookBack = 1024;

    /// <summary>The largest grapheme boundary at or before <paramref name="index"/> (0 ≤ result ≤ index).</summary>
    public static int BoundaryAtOrBefore(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        if (index <= 0)
        {
            return 0;
        }

        var start = SafeStart(text, index);
        if (start < 0)
        {
            // No anchor nearby (e.g. a megabyte of combining marks): fall back to a code-point boundary.
            return char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;
        }

        var boundary = start;
        while (boundary < index)
        {
            var next = boundary + StringInfo.GetNextTextElementLength(text[boundary..]);
            if (next > index)
            {
                break;
            }

            boundary = next;
        }

        return boundary;
    }

    /// <summary>The longest prefix of at most <paramref name="maxLength"/> UTF-16 units that ends at a grapheme boundary.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return text.Length <= maxLength ? text : text[..BoundaryAtOrBefore(text, maxLength)];
    }

    /// <summary>Like <see cref="Truncate"/> but marks a cut with "…"; the result is never longer than <paramref name="maxLength"/>.</summary>
    public static string Clip(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        return text.Length <= maxLength ? text : text[..BoundaryAtOrBefore(text, maxLength - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// A position at or before <paramref name="index"/> where a grapheme surely starts: an ASCII character (other than
    /// the LF of a CRLF, which belongs to the CR), or the start of the text; -1 when none is within reach.
    /// </summary>
    private static int SafeStart(ReadOnlySpan<char> text, int index)
    {
        var floor = Math.Max(0, index - MaxLookBack);
        for (var i = index; i > floor; i--)
        {
            if (text[i] < 0x80 && !(text[i] == '\n' && text[i - 1] == '\r'))
            {
                return i;
            }
        }

        return floor == 0 ? 0 : -1;
    }
}
