namespace DanVan.Core.Text;

/// <summary>
/// Splits text into folded syllables: runs of letters and digits, lower-cased, diacritics removed.
/// Vietnamese writes one syllable per space-separated unit, so syllables are the natural tokens; two-syllable
/// words ("dân vận", "cơ sở") are recovered as adjacent pairs by the query builder.
/// </summary>
public static class Tokenizer
{
    /// <summary>Folded syllables in order.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        Span<char> buffer = stackalloc char[64];
        var length = 0;
        foreach (var raw in text)
        {
            var c = VietnameseText.FoldChar(raw);
            if (char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c))
            {
                // Folded text is nearly all ASCII: spaces and punctuation end a token without a Unicode category look-up.
                if (length > 0)
                {
                    tokens.Add(Finish(buffer[..length]));
                    length = 0;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Runs longer than the buffer are not words (hashes, base64): they are truncated, not rejected.
                if (length < buffer.Length)
                {
                    buffer[length++] = c;
                }
            }
            else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // A combining mark left over from decomposed input: part of the syllable, contributes nothing.
            }
            else if (length > 0)
            {
                tokens.Add(Finish(buffer[..length]));
                length = 0;
            }
        }

        if (length > 0)
        {
            tokens.Add(Finish(buffer[..length]));
        }

        return tokens;
    }

    // Vietnamese spells a final i/y both ways after a consonant (kỹ/kĩ, lý/lí, quy định keeps its u): fold y → i there.
    private static string Finish(Span<char> token)
    {
        if (token.Length >= 2 && token[^1] == 'y' && !"aeiouy".Contains(token[^2], StringComparison.Ordinal) && char.IsLetter(token[^2]))
        {
            token[^1] = 'i';
        }

        return new string(token);
    }

    /// <summary>
    /// The tokens of a sentence of the materials, as written: a lexicon phrase matches them only as written ("thay" of
    /// "thay đổi" is not "thầy"), as a question's syllables typed with diacritics are matched.
    /// </summary>
    public static List<QueryToken> TokenizeWritten(string? text) => TokenizeTyped(text).Select(t => t with { Written = true }).ToList();

    /// <summary>Syllables with the form the user typed (lower-case) beside the folded one, for stop-word decisions.</summary>
    public static List<QueryToken> TokenizeTyped(string? text) =>
        string.IsNullOrEmpty(text) ? [] : TypedSpans(text, 0, text.Length).Select(s => s.Token).ToList();

    /// <summary>The typed syllables of <c>text[from..to]</c>, each with where it starts and ends in the text.</summary>
    public static List<(int Start, int End, QueryToken Token)> TypedSpans(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int, QueryToken)>();
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var inWord = i < to && (char.IsLetterOrDigit(text[i]) ||
                char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var typed = text[start..i].ToLowerInvariant();
                var folded = string.Concat(Tokenize(typed));
                if (folded.Length > 0)
                {
                    spans.Add((start, i, new QueryToken(TextCut.Truncate(typed, 64), folded)));
                }

                start = -1;
            }
        }

        return spans;
    }
}
