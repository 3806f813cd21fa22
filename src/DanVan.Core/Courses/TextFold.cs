using System.Globalization;
using System.Text;

namespace DanVan.Core.Courses;

/// <summary>Folds Vietnamese text for comparisons: "Hoà" and "Hòa" and "hoa" compare equal.</summary>
internal static class TextFold
{
    /// <summary>Lower case, no diacritics, đ → d, every run of non-letters/digits as one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = raw is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
