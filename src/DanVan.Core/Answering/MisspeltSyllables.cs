using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Syllables the question spells with diacritics that no passage uses in that spelling while it uses the folded form
/// in another ("thống" asked, "thông" written): another word, not the one asked about. A province's name is recognised
/// whatever its diacritics ("Bình Phuớc" is Bình Phước), so its syllables are never counted out.
/// </summary>
internal static class MisspeltSyllables
{
    public static HashSet<string> Find(string question, SearchQuery query, IReadOnlyList<RetrievedPassage> passages)
    {
        var names = query.Provinces.SelectMany(Provinces.FoldedTokens).ToHashSet(StringComparer.Ordinal);
        var asked = Tokenizer.TokenizeTyped(question)
            .Where(t => t.Typed != t.Folded && Syllables.IsPossible(t.Folded) && !StopWords.IsStopWord(t.Typed, t.Folded)
                && !names.Contains(t.Folded))
            .ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        var askedFolded = asked.Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var written = WrittenForms(askedFolded, passages);
        var found = asked.Where(t => written.TryGetValue(t.Folded, out var forms) && forms.Contains(VietnameseText.SpellingKey(t.Typed, t.Folded)))
            .Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        askedFolded.ExceptWith(found);
        return askedFolded;
    }

    // For each folded syllable, the spellings (diacritics) the passages write it with.
    private static Dictionary<string, HashSet<string>> WrittenForms(HashSet<string> syllables, IReadOnlyList<RetrievedPassage> passages)
    {
        var written = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            // Folding keeps an NFC text's length, so a word found in the folded text is at the same place in the text.
            var text = VietnameseText.Normalize(string.Join('\n', passage.Title, passage.Section, passage.Province, passage.Publisher, passage.Text));
            var folded = VietnameseText.Fold(text);
            foreach (var syllable in syllables)
            {
                // The tokenizer writes a final y as i ("kỹ" → ki); the text may have either.
                foreach (var form in syllable[^1] == 'i' ? [syllable, syllable[..^1] + "y"] : new[] { syllable })
                {
                    for (var at = folded.IndexOf(form, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(form, at + 1, StringComparison.Ordinal))
                    {
                        var end = at + form.Length;
                        if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end == folded.Length || !char.IsLetterOrDigit(folded[end])))
                        {
                            if (!written.TryGetValue(syllable, out var forms))
                            {
                                written[syllable] = forms = new HashSet<string>(StringComparer.Ordinal);
                            }

                            forms.Add(VietnameseText.SpellingKey(text[at..end].ToLowerInvariant(), syllable));
                        }
                    }
                }
            }
        }

        return written;
    }
}
