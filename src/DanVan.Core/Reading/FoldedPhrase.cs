using DanVan.Core.Text;

namespace DanVan.Core.Reading;

/// <summary>
/// Text reduced to its folded letter and digit runs, one space apart and padded with a space at both ends, so that
/// " luat thuc hien dan chu o co so " is found in any spelling of the sentence around it: with or without diacritics,
/// in any case, whatever the punctuation. Letters and digits are separate runs ("QH15" is "qh 15").
/// </summary>
internal static class FoldedPhrase
{
    public static string Of(string? text) => OfFolded(VietnameseText.Fold(VietnameseText.Normalize(text)));

    /// <summary>As <see cref="Of"/>, for text already through <see cref="VietnameseText.Fold"/>.</summary>
    public static string OfFolded(ReadOnlySpan<char> folded)
    {
        // At most one space per character plus the two pads: written into a buffer, as this runs over every document's opening.
        var buffer = folded.Length <= 512 ? stackalloc char[(folded.Length * 2) + 2] : new char[(folded.Length * 2) + 2];
        var length = 0;
        buffer[length++] = ' ';
        var previous = Run.None;
        foreach (var c in folded)
        {
            var run = char.IsAsciiDigit(c) ? Run.Digit : char.IsLetter(c) ? Run.Letter : Run.None;
            if (run == Run.None)
            {
                if (buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }
            }
            else
            {
                if (previous != Run.None && run != previous)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = c;
            }

            previous = run;
        }

        if (buffer[length - 1] != ' ')
        {
            buffer[length++] = ' ';
        }

        return new string(buffer[..length]);
    }

    /// <summary>The runs of <see cref="Of"/>, without padding.</summary>
    public static string[] Runs(string? text) => Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private enum Run
    {
        None,
        Letter,
        Digit,
    }
}
