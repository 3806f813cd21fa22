using System.Text.RegularExpressions;

namespace DanVan.Core.Text;

/// <summary>
/// Whether a folded token can be a Vietnamese syllable, and undoing Telex residue ("daan" → "dan", "vieetj" → "viet").
/// Typo correction is only tried on tokens that cannot be syllables, so that real words outside the materials
/// ("vàng" in "giá vàng") are never bent into words that are in them.
/// </summary>
public static partial class Syllables
{
    [GeneratedRegex(@"^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?(uye|uya|uyu|uoi|uou|ieu|yeu|oai|oay|oeo|uay|uai|uau|uoi|uya|ươi|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(ch|ng|nh|[cmnpt])?$")]
    private static partial Regex Syllable();

    public static bool IsPossible(string folded) => folded.Length <= 7 && Syllable().IsMatch(folded);

    /// <summary>Removes Telex typing residue: doubled vowels and dd, w after a/o/u, a trailing tone key (s f r x j).</summary>
    public static string StripTelex(string folded)
    {
        var text = folded;
        if (text.Length > 2 && "sfrxj".Contains(text[^1], StringComparison.Ordinal) && !IsPossible(text))
        {
            text = text[..^1];
        }

        text = text.Replace("aa", "a", StringComparison.Ordinal).Replace("ee", "e", StringComparison.Ordinal)
            .Replace("oo", "o", StringComparison.Ordinal).Replace("dd", "d", StringComparison.Ordinal)
            .Replace("aw", "a", StringComparison.Ordinal).Replace("ow", "o", StringComparison.Ordinal)
            .Replace("uw", "u", StringComparison.Ordinal);
        return text;
    }
}
