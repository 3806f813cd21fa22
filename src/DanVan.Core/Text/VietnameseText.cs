using System.Globalization;
using System.Text;

namespace DanVan.Core.Text;

/// <summary>
/// Unicode hygiene and diacritic folding for Vietnamese. Folding lower-cases, strips tone and vowel marks and maps
/// đ/Đ to d (which Unicode decomposition does not do), so "Dân vận khéo" and "dan van kheo" compare equal.
/// </summary>
public static class VietnameseText
{
    // Folding table for the BMP below U+2000, computed once from NFD; other characters are lower-cased as they are.
    private const int TableSize = 0x2000;
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>
    /// NFC, control characters removed (newline and tab kept), odd spaces (no-break, zero-width …) made plain,
    /// line endings unified to \n.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    continue;
                case '\n' or '\t':
                    builder.Append(c);
                    continue;
                case '\u00A0' or '\u2007' or '\u202F' or '\u3000' or (>= '\u2000' and <= '\u200A'):
                    builder.Append(' ');
                    continue;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    continue;
                case '\u2028' or '\u2029':
                    builder.Append('\n');
                    continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // Keep well-formed pairs (emoji); drop lone surrogates, which break encoders downstream.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            builder.Append(c);
        }

        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower-case, diacritics removed, đ → d. Length-preserving for precomposed (NFC) input.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    /// <summary>Folds one character (see <see cref="Fold"/>); combining marks fold to themselves and are dropped by tokenizers.</summary>
    public static char FoldChar(char c) => c < TableSize ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>True when the text carries any Vietnamese diacritic (or đ).</summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
        {
            if (c < TableSize && c > 0x7F && char.IsLetter(c) && FoldTable[c] != char.ToLowerInvariant(c))
            {
                return true;
            }
        }

        return false;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (c is 'đ' or 'Đ')
            {
                table[i] = 'd';
                continue;
            }

            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var folded = c;
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    folded = d;
                    break;
                }
            }

            table[i] = char.ToLowerInvariant(folded);
        }

        return table;
    }
}
