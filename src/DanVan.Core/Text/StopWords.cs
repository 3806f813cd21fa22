namespace DanVan.Core.Text;

/// <summary>
/// Vietnamese function words that must not drive ranking (data: <see cref="WordLists"/>). Decided on the word as typed:
/// with diacritics the exact word is looked up ("của" is a stop word, "cửa" is not); typed without diacritics, only
/// folded forms that cannot also be a content syllable count ("cua" could be "của" or "cua"; "dang" could be "đang" or
/// "Đảng", so it stays).
/// </summary>
public static class StopWords
{
    /// <summary>True when <paramref name="typedLower"/> (the word as typed, lower-case NFC) is a function word.</summary>
    /// <param name="typedLower">The word with whatever diacritics the user typed.</param>
    /// <param name="folded">Its folded form.</param>
    public static bool IsStopWord(string typedLower, string folded) => WordLists.Current.IsStopWord(typedLower, folded);

    /// <summary>True when a folded syllable is the fold of a stop word ("tai" of "tại", "may" of "mấy").</summary>
    public static bool MayBeStopWord(string folded) => WordLists.Current.MayBeStopWord(folded);

    /// <summary>True when a syllable of the materials, written as it is (lower-case), is a stop word ("trong", "tại").</summary>
    public static bool IsWrittenStopWord(string writtenLower) => WordLists.Current.IsWrittenStopWord(writtenLower);
}
