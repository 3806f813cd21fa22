namespace DanVan.Core.Ingestion.Readers.Shared;

/// <summary>Heuristics that tell Vietnamese text from the mojibake a wrong code page produces.</summary>
internal static class VietnameseScript
{
    private const string PrecomposedOutsideExtendedBlock = "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ";
    private const string TypographicPunctuation = "“”‘’–—…•·«»°€";

    /// <summary>True when the non-ASCII characters are (almost) all Vietnamese letters or common typographic punctuation.</summary>
    public static bool LooksVietnamese(string text)
    {
        int nonAscii = 0, vietnamese = 0, punctuation = 0;
        foreach (var c in text)
        {
            if (c < '\u0080')
            {
                continue;
            }

            nonAscii++;
            if (IsVietnameseLetter(c))
            {
                vietnamese++;
            }
            else if (TypographicPunctuation.Contains(c))
            {
                punctuation++;
            }
        }

        return vietnamese > 0 && (vietnamese + punctuation) * 10 >= nonAscii * 9;
    }

    /// <summary>A letter with Vietnamese diacritics, precomposed (NFC).</summary>
    public static bool IsVietnameseLetter(char c) =>
        c is >= '\u1EA0' and <= '\u1EF9' || PrecomposedOutsideExtendedBlock.Contains(c);
}
