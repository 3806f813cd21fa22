namespace DanVan.Bot.Messaging.Replies;

/// <summary>
/// Splits Telegram HTML into messages of at most <c>maxLength</c> UTF-16 code units of markup (Telegram's limit applies
/// to the parsed text, which is never longer). Splits at a paragraph, else a line, else a sentence, else a word boundary,
/// never inside a tag, an entity or a surrogate pair. Tags open at a split are closed at the end of one chunk and reopened
/// at the start of the next, so every chunk is valid HTML on its own.
/// </summary>
public static class HtmlMessageSplitter
{
    public const int TelegramMaxLength = 4096;

    private enum Break
    {
        None = 0,
        Word = 1,
        Sentence = 2,
        Line = 3,
        Paragraph = 4,
    }

    public static IReadOnlyList<string> Split(string html, int maxLength = TelegramMaxLength)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        if (html.Length <= maxLength)
        {
            return string.IsNullOrWhiteSpace(TelegramHtml.ToPlainText(html)) ? [] : [html];
        }

        var units = HtmlUnit.Tokenize(html);
        var chunks = new List<string>();
        var open = new List<HtmlUnit>();
        var start = 0;
        while (start < units.Count)
        {
            var prefix = string.Concat(open.Select(u => u.Raw));
            var end = FindEnd(units, start, open, prefix.Length, maxLength);
            if (end < start)
            {
                // Only pathological markup gets here (open tags longer than a message): keep the text, drop the markup.
                var rest = prefix + string.Concat(units.Skip(start).Select(u => u.Raw));
                chunks.AddRange(Split(TelegramHtml.Escape(TelegramHtml.ToPlainText(rest)), maxLength));
                break;
            }

            var body = new List<HtmlUnit>(units.GetRange(start, end - start + 1));
            foreach (var unit in body)
            {
                unit.Apply(open);
            }

            while (body.Count > 0 && body[^1].IsWhitespace)
            {
                body.RemoveAt(body.Count - 1);
            }

            var chunk = prefix + string.Concat(body.Select(u => u.Raw)) + Closers(open);
            if (!string.IsNullOrWhiteSpace(TelegramHtml.ToPlainText(chunk)))
            {
                chunks.Add(chunk);
            }

            start = end + 1;
            while (start < units.Count && units[start].IsWhitespace)
            {
                start++;
            }
        }

        return chunks;
    }

    /// <summary>Index of the last unit of the chunk starting at <paramref name="start"/>; start - 1 when nothing fits.</summary>
    private static int FindEnd(List<HtmlUnit> units, int start, List<HtmlUnit> openAtStart, int prefixLength, int maxLength)
    {
        var open = new List<HtmlUnit>(openAtStart);
        var length = prefixLength;
        var closers = Closers(open).Length;
        var best = new int[(int)Break.Paragraph + 1];
        var bestInSecondHalf = new int[(int)Break.Paragraph + 1];
        Array.Fill(best, -1);
        Array.Fill(bestInSecondHalf, -1);

        for (var i = start; i < units.Count; i++)
        {
            var unit = units[i];
            length += unit.Raw.Length;
            if (unit.Kind == HtmlUnitKind.Tag)
            {
                unit.Apply(open);
                closers = Closers(open).Length;
            }

            // length + closers never decreases (closing a tag moves its length from one term to the other),
            // so the first unit that does not fit ends the search.
            if (length + closers > maxLength)
            {
                break;
            }

            if (i == units.Count - 1)
            {
                return i;
            }

            var kind = Classify(units, i);
            for (var k = 0; k <= (int)kind; k++)
            {
                best[k] = i;
                if (length >= maxLength / 2)
                {
                    bestInSecondHalf[k] = i;
                }
            }
        }

        for (var k = (int)Break.Paragraph; k >= (int)Break.Word; k--)
        {
            if (bestInSecondHalf[k] >= 0)
            {
                return bestInSecondHalf[k];
            }
        }

        for (var k = (int)Break.Paragraph; k >= (int)Break.None; k--)
        {
            if (best[k] >= 0)
            {
                return best[k];
            }
        }

        return start - 1;
    }

    /// <summary>How good a split right after unit <paramref name="i"/> is.</summary>
    private static Break Classify(List<HtmlUnit> units, int i)
    {
        var unit = units[i];
        if (unit.Kind != HtmlUnitKind.Text || !unit.IsWhitespace)
        {
            return Break.None;
        }

        var previous = PreviousText(units, i);
        if (unit.Raw == "\n")
        {
            return previous == "\n" ? Break.Paragraph : Break.Line;
        }

        return previous is "." or "!" or "?" or "…" or ":" or ";" ? Break.Sentence : Break.Word;
    }

    private static string? PreviousText(List<HtmlUnit> units, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (units[j].Kind != HtmlUnitKind.Tag)
            {
                return units[j].Raw;
            }
        }

        return null;
    }

    private static string Closers(List<HtmlUnit> open)
    {
        var closers = "";
        for (var i = open.Count - 1; i >= 0; i--)
        {
            closers += "</" + open[i].TagName + ">";
        }

        return closers;
    }
}
