namespace DanVan.Bot.Telegram.Replies;

/// <summary>An indivisible piece of Telegram HTML: a tag, an entity, or one character (a surrogate pair counts as one).</summary>
internal sealed record HtmlUnit(HtmlUnitKind Kind, string Raw, string? TagName = null, bool IsClosing = false)
{
    public bool IsWhitespace => Kind == HtmlUnitKind.Text && Raw.Length == 1 && char.IsWhiteSpace(Raw[0]);

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
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                units.Add(new HtmlUnit(HtmlUnitKind.Text, html.Substring(i, 2)));
                i += 2;
            }
            else
            {
                units.Add(new HtmlUnit(HtmlUnitKind.Text, c.ToString()));
                i++;
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
