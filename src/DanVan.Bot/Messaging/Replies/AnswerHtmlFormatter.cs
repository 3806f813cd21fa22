using System.Text;
using DanVan.Core.Answering;

namespace DanVan.Bot.Messaging.Replies;

/// <summary>
/// Renders an <see cref="Answer"/> (plain text) as Telegram HTML: everything escaped, the "Nguồn:" label and the line
/// setting the context apart from the answer (<see cref="AnswerTexts.ContextHeader"/>) bold. An answer
/// is always one Telegram message: a body too long for it is cut at a word boundary and followed by a note that the
/// rest is in the sources (which are always kept), never split into a stream of messages.
/// </summary>
public static class AnswerHtmlFormatter
{
    private const string SourcesLabel = "Nguồn:";

    /// <summary>Room kept for the ellipsis and the line breaks around the note.</summary>
    private const int Slack = 16;

    public static string Format(Answer answer, int maxLength = HtmlMessageSplitter.TelegramMaxLength)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.Text.ReplaceLineEndings("\n").Trim();
        var html = FormatLines(text);
        if (html.Length <= maxLength)
        {
            return html;
        }

        var sourcesAt = text.LastIndexOf("\n" + SourcesLabel, StringComparison.Ordinal);
        var body = sourcesAt > 0 ? text[..sourcesAt].TrimEnd() : text;
        var sources = sourcesAt > 0 ? FormatLines(text[(sourcesAt + 1)..]) : "";
        var note = "<i>" + BotTexts.AnswerTrimmed + "</i>";
        if (sources.Length > maxLength / 2)
        {
            // A source list that long is itself trimmed (to whole lines): the first sources are the ones cited first.
            sources = HtmlMessageSplitter.Split(sources, maxLength / 2)[0];
        }

        var budget = maxLength - sources.Length - note.Length - Slack;
        var plain = CutAtWord(body, budget);
        var cut = FormatLines(plain);
        while (cut.Length > budget && plain.Length > 0)
        {
            // Escaping made it longer (&amp; &lt; &gt;): cut the plain text again by the excess.
            plain = CutAtWord(plain, Math.Max(0, plain.Length - (cut.Length - budget) - 1));
            cut = FormatLines(plain);
        }

        return cut + " …\n\n" + note + (sources.Length > 0 ? "\n\n" + sources : "");
    }

    private static string FormatLines(string text)
    {
        var builder = new StringBuilder(text.Length + 32);
        foreach (var line in text.Split('\n'))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            var trimmed = line.TrimStart().Normalize(NormalizationForm.FormC);
            if (trimmed.StartsWith(SourcesLabel, StringComparison.Ordinal))
            {
                builder.Append("<b>").Append(SourcesLabel).Append("</b>").Append(TelegramHtml.Escape(trimmed[SourcesLabel.Length..]));
            }
            else if (trimmed.TrimEnd() == AnswerTexts.ContextHeader)
            {
                builder.Append("<b>").Append(TelegramHtml.Escape(AnswerTexts.ContextHeader)).Append("</b>");
            }
            else
            {
                builder.Append(TelegramHtml.Escape(line));
            }
        }

        return builder.ToString();
    }

    /// <summary>At most <paramref name="length"/> characters of <paramref name="text"/>, ending at a word, never inside a surrogate pair.</summary>
    private static string CutAtWord(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = length;
        var space = text.LastIndexOfAny([' ', '\n', '\t'], Math.Max(0, end - 1));
        if (space > length / 2)
        {
            end = space;
        }
        else if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd();
    }
}
