namespace DanVan.Core.Text;

/// <summary>The form text takes in the full-text index: folded syllables, abbreviations followed by their expansions.</summary>
public static class IndexText
{
    /// <summary>Bump when tokenizing, folding or expansion changes: stored FTS rows are then rebuilt at start.</summary>
    public const int FormatVersion = 2;

    public static string Prepare(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        return string.Join(' ', Abbreviations.Expand(Tokenizer.Tokenize(text), keepAbbreviation: true));
    }
}
