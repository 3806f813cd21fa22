using System.Globalization;
using System.Text;

namespace DanVan.Core.Answering;

/// <summary>Formats the "Nguồn:" block: one line per numbered source — title › section — date — publisher.</summary>
public static class SourceListFormatter
{
    public static string Format(IReadOnlyList<AnswerSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builder = new StringBuilder(AnswerTexts.SourcesHeader);
        foreach (var source in sources)
        {
            builder.Append('\n').Append(FormatLine(source));
        }

        return builder.ToString();
    }

    public static string FormatLine(AnswerSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var line = new StringBuilder().Append('[').Append(source.Rank).Append("] ").Append(source.Title);
        if (!string.IsNullOrWhiteSpace(source.Section))
        {
            line.Append(" › ").Append(source.Section);
        }

        if (source.Published is { } date)
        {
            line.Append(" — ").Append(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(source.Publisher))
        {
            line.Append(" — ").Append(source.Publisher);
        }

        return line.ToString();
    }
}
