using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Bot.Messaging.Replies;

/// <summary>Telegram's HTML parse mode: escaping untrusted text, and recovering the plain text of a message.</summary>
public static partial class TelegramHtml
{
    /// <summary>Escapes text for the body of a message: &amp;, &lt; and &gt; (all Telegram requires outside attributes).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Escapes text for a double-quoted attribute value (href).</summary>
    public static string EscapeAttribute(string? text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>The text a reader sees: tags removed, entities decoded. Used to resend a message without parse mode.</summary>
    public static string ToPlainText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
