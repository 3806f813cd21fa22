using DanVan.Core.Text;

namespace DanVan.Core.Questions;

/// <summary>
/// What a question asks, reduced so that the same question typed differently gets the same key: folded syllables
/// (no diacritics, đ→d), function words removed, each once, in alphabetical order. "Ai là Trưởng ban Dân vận?" and
/// "truong ban dan van la ai" share the key "ban dan truong van".
/// </summary>
public static class QuestionKey
{
    /// <summary>The key of <paramref name="question"/>; empty when it holds only function words.</summary>
    public static string For(string? question)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.TokenizeTyped(VietnameseText.Normalize(question)))
        {
            if (!StopWords.IsStopWord(token.Typed, token.Folded))
            {
                terms.Add(token.Folded);
            }
        }

        return string.Join(' ', terms);
    }
}
