using System.Text;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// Cleans text coming out of any reader: Unicode NFC, one kind of line break and space, no control or zero-width
/// characters. Vietnamese text from Word and the web is full of no-break spaces and invisible joiners that would
/// otherwise split words in the index.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Keeps line structure: \n and \t survive; \r\n, \r, form feeds and Unicode line separators become \n.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (Classify(c))
            {
                case CharClass.Keep:
                    builder.Append(c);
                    break;
                case CharClass.Space:
                    builder.Append(' ');
                    break;
                case CharClass.LineBreak:
                    // \r\n counts as one break.
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    break;
                case CharClass.Drop:
                    break;
            }
        }

        return ToNfc(builder.ToString());
    }

    /// <summary>Like <see cref="Normalize"/>, then every run of whitespace (line breaks included) becomes one space; trimmed.</summary>
    public static string Inline(string text)
    {
        var normalized = Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string ToNfc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; drop them and retry.
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(text[i]).Append(text[i + 1]);
                    i++;
                }
                else if (!char.IsSurrogate(text[i]))
                {
                    builder.Append(text[i]);
                }
            }

            return builder.ToString().Normalize(NormalizationForm.FormC);
        }
    }

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

    private enum CharClass
    {
        Keep,
        Space,
        LineBreak,
        Drop,
    }
}
