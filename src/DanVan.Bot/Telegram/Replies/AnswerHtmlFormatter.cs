using System.Text;
using DanVan.Core.Answering;

namespace DanVan.Bot.Telegram.Replies;

/// <summary>Renders an <see cref="Answer"/> (plain text) as Telegram HTML: everything escaped, the "Nguồn:" label bold.</summary>
public static class AnswerHtmlFormatter
{
    private const string SourcesLabel = "Nguồn:";

    public static string Format(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.Text.ReplaceLineEndings("\n").Trim();
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
            else
            {
                builder.Append(TelegramHtml.Escape(line));
            }
        }

        return builder.ToString();
    }
}
