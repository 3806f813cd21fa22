using DanVan.Core.Text;

namespace DanVan.Core.Documents;

/// <summary>
/// Cuts text that has no usable sentence ends (tables, lists, OCR output, a one-line file) into pieces of at most a
/// given length. Each cut is made at the best place in the last stretch of the window: a line break, else clause
/// punctuation (; : ,), else whitespace, else — for a single giant token — a grapheme boundary. One pass, so a 14 MB
/// line costs linear time.
/// </summary>
public static class PassageCutter
{
    /// <summary>Pieces of at most <paramref name="maxChars"/> characters, trimmed, none empty.</summary>
    public static IEnumerable<string> Cut(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 16);
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (text.Length - start <= maxChars)
            {
                if (start < text.Length)
                {
                    yield return text[start..].TrimEnd();
                }

                yield break;
            }

            var end = CutPoint(text.AsSpan(start, maxChars)) + start;
            var piece = text[start..end].TrimEnd();
            if (piece.Length > 0)
            {
                yield return piece;
            }

            start = end;
        }
    }

    /// <summary>Where to end a piece that starts at the window's start: a cut in the last two thirds of the window.</summary>
    private static int CutPoint(ReadOnlySpan<char> window)
    {
        var floor = window.Length / 3;
        var tail = window[floor..];
        var newline = tail.LastIndexOf('\n');
        if (newline >= 0)
        {
            return floor + newline + 1;
        }

        for (var i = tail.Length - 2; i >= 0; i--)
        {
            if (tail[i] is ';' or ':' or ',' or '，' or '；' && char.IsWhiteSpace(tail[i + 1]))
            {
                return floor + i + 1;
            }
        }

        for (var i = tail.Length - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(tail[i]))
            {
                return floor + i;
            }
        }

        var boundary = TextCut.BoundaryAtOrBefore(window, window.Length);
        return boundary > 0 ? boundary : window.Length;
    }
}
