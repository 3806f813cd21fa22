using System.Globalization;
using System.Text;

namespace DanVan.Core.Answering;

/// <summary>
/// Formats the numbered sources block that ends a grounded answer, the same way for every composer:
/// <c>[n] Title › Section — dd/MM/yyyy — Publisher</c>, date and publisher only when known.
/// </summary>
public static class SourceListFormatter
{
    /// <summary>One source line, e.g. <c>[1] Quy chế dân chủ › Điều 5 — 01/07/2022 — Ban Dân vận Trung ương</c>.</summary>
    public static string FormatLine(AnswerSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var line = new StringBuilder();
        line.Append('[').Append(source.Rank.ToString(CultureInfo.InvariantCulture)).Append("] ").Append(source.Title.Trim());
        if (!string.IsNullOrWhiteSpace(source.Section) && !string.Equals(source.Section.Trim(), source.Title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            line.Append(" › ").Append(source.Section.Trim());
        }

        if (source.Published is { } published)
        {
            line.Append(" — ").Append(published.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(source.Publisher))
        {
            line.Append(" — ").Append(source.Publisher.Trim());
        }

        return line.ToString();
    }

    /// <summary>The block <c>Nguồn:</c> followed by one line per source, in the given order.</summary>
    public static string FormatBlock(IReadOnlyList<AnswerSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var block = new StringBuilder(AnswerTexts.SourcesHeader);
        foreach (var source in sources)
        {
            block.Append('\n').Append(FormatLine(source));
        }

        return block.ToString();
    }

    /// <summary>The full answer text: the body, a blank line and the sources block (the body alone when no sources).</summary>
    public static string Compose(string body, IReadOnlyList<AnswerSource> sources)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(sources);
        return sources.Count == 0 ? body : body + "\n\n" + FormatBlock(sources);
    }
}
