using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Reading;

/// <summary>
/// Text reduced to its folded letter and digit runs, one space apart and padded with a space at both ends, so that
/// " luat thuc hien dan chu o co so " is found in any spelling of the sentence around it: with or without diacritics,
/// in any case, whatever the punctuation. Letters and digits are separate runs ("QH15" is "qh 15").
/// </summary>
internal static class FoldedPhrase
{
    public static string Of(string? text)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text));
        var builder = new StringBuilder(folded.Length + 2).Append(' ');
        var previous = Run.None;
        foreach (var c in folded)
        {
            var run = char.IsAsciiDigit(c) ? Run.Digit : char.IsLetter(c) ? Run.Letter : Run.None;
            if (run != Run.None && previous != Run.None && run != previous)
            {
                builder.Append(' ');
            }

            if (run != Run.None)
            {
                builder.Append(c);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }

            previous = run;
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
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
