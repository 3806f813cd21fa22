using System.Globalization;
using System.Text;

namespace DanVan.Testing.BotApi;

/// <summary>
/// Telegram's HTML parse mode as the fake server enforces it: only Telegram's tags, properly nested and closed; only
/// &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric entities; no bare &lt;, &gt; or &amp;. Errors read like Telegram's
/// ("can't parse entities: …").
/// </summary>
public static class FakeTelegramHtml
{
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
    };

    /// <summary>Parses <paramref name="html"/>; returns the plain text, or null with <paramref name="error"/> set.</summary>
    public static string? TryParse(string html, out string? error)
    {
        error = null;
        var text = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i);
                if (close < 0)
                {
                    error = $"can't parse entities: Unclosed start tag at byte offset {ByteOffset(html, i)}";
                    return null;
                }

                var tag = html[(i + 1)..close];
                if (tag.StartsWith('/'))
                {
                    var name = tag[1..].Trim();
                    if (open.Count == 0 || open.Peek() != name)
                    {
                        error = $"can't parse entities: Unmatched end tag at byte offset {ByteOffset(html, i)}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\", found \"</{name}>\"";
                        return null;
                    }

                    open.Pop();
                }
                else
                {
                    var name = tag.Split(' ', 2)[0];
                    if (!Tags.Contains(name))
                    {
                        error = $"can't parse entities: Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, i)}";
                        return null;
                    }

                    open.Push(name);
                }

                i = close + 1;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                var entity = end > i ? html[(i + 1)..end] : "";
                var decoded = Decode(entity);
                if (decoded is null)
                {
                    error = $"can't parse entities: Character '&' is reserved and must be escaped at byte offset {ByteOffset(html, i)}";
                    return null;
                }

                text.Append(decoded);
                i = end + 1;
            }
            else if (c == '>')
            {
                error = $"can't parse entities: Character '>' is reserved and must be escaped at byte offset {ByteOffset(html, i)}";
                return null;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            error = $"can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"";
            return null;
        }

        return text.ToString();
    }

    private static string? Decode(string entity)
    {
        switch (entity)
        {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
        }

        if (entity.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(entity[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return char.ConvertFromUtf32(hex);
        }

        return entity.StartsWith('#') && int.TryParse(entity[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? char.ConvertFromUtf32(number)
            : null;
    }

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));
}
