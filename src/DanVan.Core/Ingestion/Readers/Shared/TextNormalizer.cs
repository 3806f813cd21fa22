using System.Text;

namespace DanVan.Core.Ingestion.Readers.Shared;

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
        return DanVan.Core.Text.VietnameseText.Normalize(text);
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
}
