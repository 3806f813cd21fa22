namespace DanVan.Core.Text;

/// <summary>
/// Abbreviations of Vietnamese political and administrative writing (data: <see cref="WordLists"/>). Both ways: indexed
/// text gets the expansion next to an unambiguous abbreviation, and a question's abbreviation is searched as its
/// expansion(s), so "CTDV" finds "công tác dân vận" and "Mặt trận Tổ quốc" is found by "MTTQ". Ambiguous short forms
/// ("ND" is nội dung or nhân dân) are expanded in questions only, to every reading.
/// </summary>
public static class Abbreviations
{
    /// <summary>
    /// True when a token of user text is spelt as abbreviations are: without diacritics, or with only đ ("HĐND", "BCĐ",
    /// "ĐB"), which a word typed with diacritics ("hội", "đảng") never is.
    /// </summary>
    public static bool IsTypedAsAbbreviation(QueryToken token) =>
        token.Typed == token.Folded || (token.Typed.Contains('đ', StringComparison.Ordinal) && token.Typed.Replace('đ', 'd') == token.Folded
            && token.Folded.All(c => !"aeiouy".Contains(c, StringComparison.Ordinal)));

    /// <summary>
    /// Expands unambiguous abbreviations in a folded token list, keeping the short form before its expansion (for
    /// indexing). A list without any is returned as it is (most passages; no copy).
    /// </summary>
    public static List<string> Expand(List<string> tokens, bool keepAbbreviation) =>
        WordLists.Current.Abbreviations.Expand(tokens, keepAbbreviation);

    /// <summary>
    /// The readings of an abbreviation starting at <paramref name="index"/> (typed without diacritics), or null;
    /// <paramref name="length"/> says how many tokens it spans.
    /// </summary>
    public static string[]? Readings(IReadOnlyList<string> tokens, int index, out int length) =>
        WordLists.Current.Abbreviations.Readings(tokens, index, out length);
}
