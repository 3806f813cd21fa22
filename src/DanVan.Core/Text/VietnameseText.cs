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

        // Most text has nothing to replace or drop: then it is only checked for NFC, not copied.
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (Classify(c))
            {
                case CharClass.LineBreak:
                    // \r\n counts as one break.
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    continue;
                case CharClass.Space:
                    builder.Append(' ');
                    continue;
                case CharClass.Drop:
                    continue;
            }

            if (char.IsSurrogate(c))
            {
                // Keep well-formed pairs (emoji); drop lone surrogates, which break encoders and NFC.
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

    // Every character that Normalize does not keep as it is: what Classify does not keep, and surrogates.
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => Classify(c) != CharClass.Keep || char.IsSurrogate(c)).ToArray());

    private static CharClass Classify(char c) => c switch
    {
        '\n' or '\t' => CharClass.Keep,
        '\r' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029' => CharClass.LineBreak,
        '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' => CharClass.Space,
        >= '\u2000' and <= '\u200A' => CharClass.Space,
        '\u00AD' or '\u180E' or '\uFEFF' => CharClass.Drop,
        >= '\u200B' and <= '\u200F' => CharClass.Drop,
        >= '\u202A' and <= '\u202E' => CharClass.Drop,
        >= '\u2060' and <= '\u2064' => CharClass.Drop,
        < ' ' or '\u007F' => CharClass.Drop,
        >= '\u0080' and <= '\u009F' => CharClass.Drop,
        _ => CharClass.Keep,
    };

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

    /// <summary>
    /// <see cref="Fold"/>, then every run of characters other than letters and digits as one space, trimmed: a key under
    /// which "Lớp  bồi dưỡng (đợt 1)" and "lop boi duong - dot 1" are equal.
    /// </summary>
    public static string FoldWords(string? text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            space = false;
        }

        return builder.ToString();
    }

    /// <summary>Folds one character (see <see cref="Fold"/>); combining marks fold to themselves and are dropped by tokenizers.</summary>
    public static char FoldChar(char c) => c < TableSize ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>
    /// A syllable's spelling with diacritics, independent of where the tone mark was placed ("hoà" = "hòa") and of
    /// final y/i ("kỹ" = "kĩ"): its folded form, the vowel marks (â ê ô ơ ư ă đ) in order, and the tone. Two words
    /// that fold alike but differ here ("thống"/"thông", "vận"/"vạn") are different words.
    /// </summary>
    public static string SpellingKey(string syllable, string folded)
    {
        ArgumentNullException.ThrowIfNull(syllable);
        var builder = new StringBuilder(folded, folded.Length + 4).Append('|');
        var tone = ' ';
        foreach (var c in syllable.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323':
                    tone = c;
                    break;
                case '\u0302' or '\u0306' or '\u031B' or 'đ':
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append(tone).ToString();
    }

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

    private enum CharClass
    {
        Keep,
        Space,
        LineBreak,
        Drop,
    }
}
