using System.Text.RegularExpressions;

namespace DanVan.Core.Text;

/// <summary>
/// Whether a folded token can be a Vietnamese syllable. Typo correction (<see cref="DanVan.Core.Retrieval.QuestionSpelling"/>)
/// bends a token into an indexed word only when it cannot be one, or on strong evidence, so that real words outside the
/// materials ("vàng" in "giá vàng") are not bent into words that are in them.
/// </summary>
public static partial class Syllables
{
    [GeneratedRegex(@"^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?(uye|uya|uyu|uoi|uou|ieu|yeu|oai|oay|oeo|uay|uai|uau|uoi|uya|ươi|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(ch|ng|nh|[cmnpt])?$")]
    private static partial Regex Syllable();

    public static bool IsPossible(string folded) => folded.Length <= 7 && Syllable().IsMatch(folded);
}
