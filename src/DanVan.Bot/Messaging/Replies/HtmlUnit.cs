using System.Globalization;
namespace DanVan.Bot.Messaging.Replies;

/// <summary>An indivisible piece of Telegram HTML: a tag, an entity, or one grapheme of text (at most <see cref="MaxTextUnit"/> code units).</summary>
internal sealed record HtmlUnit(HtmlUnitKind Kind, string Raw, string? TagName = null, bool IsClosing = false)
{
    /// <summary>A grapheme longer than this (hundreds of stacked marks) is cut; it cannot be shown whole anyway.</summary>
    public const int MaxTextUnit = 64;

    public bool IsWhitespace => Kind == HtmlUnitKind.Text && string.IsNullOrWhiteSpace(Raw);

    /// <summary>Updates the stack of open tags with this unit.</summary>
    public void Apply(List<HtmlUnit> open)
    {
        if (Kind != HtmlUnitKind.Tag)
        {
            return;
        }

        if (!IsClosing)
        {
            open.Add(this);
            return;
        }

        var index = open.FindLastIndex(u => string.Equals(u.TagName, TagName, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            open.RemoveRange(index, open.Count - index);
        }
    }

    public static List<HtmlUnit> Tokenize(string html)
    {
        var units = new List<HtmlUnit>(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && html.IndexOf('>', i) is var close and > 0)
            {
                var raw = html[i..(close + 1)];
                var closing = raw.StartsWith("</", StringComparison.Ordinal);
                var nameStart = closing ? 2 : 1;
                var nameEnd = nameStart;
                while (nameEnd < raw.Length && (char.IsAsciiLetterOrDigit(raw[nameEnd]) || raw[nameEnd] == '-'))
                {
                    nameEnd++;
                }

                units.Add(new HtmlUnit(HtmlUnitKind.Tag, raw, raw[nameStart..nameEnd].ToLowerInvariant(), closing));
                i = close + 1;
            }
            else if (c == '&' && EntityLength(html, i) is var length and > 0)
            {
                units.Add(new HtmlUnit(HtmlUnitKind.Entity, html.Substring(i, length)));
                i += length;
            }
            else
            {
                // A whole grapheme (a letter with its marks, an emoji with its modifiers), so no message ends inside one.
                var grapheme = StringInfo.GetNextTextElementLength(html.AsSpan(i, Math.Min(MaxTextUnit, html.Length - i)));
                units.Add(new HtmlUnit(HtmlUnitKind.Text, html.Substring(i, grapheme)));
                i += grapheme;
            }
        }

        return units;
    }

    private static int EntityLength(string html, int start)
    {
        for (var j = start + 1; j < html.Length && j - start <= 12; j++)
        {
            var c = html[j];
            if (c == ';')
            {
                return j - start > 1 ? j - start + 1 : 0;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '#')
            {
                return 0;
            }
        }

        return 0;
    }
}
