using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace DanVan.Core.Ingestion.Readers.Pdf;

/// <summary>
/// Lays out the words of one PDF page as lines of text in reading order. Words are grouped into rows by baseline.
/// Where consecutive rows share a vertical gutter (free space at the same x in every row), the rows form a region:
/// long lines on both sides are newspaper-style columns, read one column after the other; short cells are a table,
/// written as "| a | b |" rows. A blank line marks a vertical gap wider than the usual line spacing.
/// </summary>
internal static class PdfPageText
{
    /// <summary>A column's lines average at least this many characters; table cells are shorter.</summary>
    private const int MinColumnLineLength = 25;

    public static string Lay(Page page, CancellationToken cancellationToken)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        var rows = Rows(words);
        cancellationToken.ThrowIfCancellationRequested();
        var spacing = TypicalSpacing(rows);
        var output = new StringBuilder();
        var i = 0;
        while (i < rows.Count)
        {
            var (end, gutters) = Region(rows, i);
            if (i > 0)
            {
                output.Append(Gap(rows[i - 1], rows[i], spacing) ? "\n\n" : "\n");
            }

            if (gutters.Count == 0)
            {
                output.Append(rows[i].Text());
                i++;
                continue;
            }

            var region = rows.GetRange(i, end - i);
            var cells = region.Select(r => r.Split(gutters)).ToList();
            var filled = cells.SelectMany(c => c).Where(c => c.Length > 0).ToList();
            if (filled.Average(c => c.Length) >= MinColumnLineLength)
            {
                AppendColumns(output, region, cells, gutters.Count + 1, spacing);
            }
            else
            {
                output.AppendJoin('\n', cells.Select(c => "| " + string.Join(" | ", c) + " |"));
            }

            i = end;
        }

        return output.ToString();
    }

    private static void AppendColumns(StringBuilder output, List<PdfTextRow> region, List<string[]> cells, int columns, double spacing)
    {
        for (var column = 0; column < columns; column++)
        {
            PdfTextRow? previous = null;
            for (var r = 0; r < region.Count; r++)
            {
                var text = cells[r][column];
                if (text.Length == 0)
                {
                    continue;
                }

                if (previous is not null)
                {
                    output.Append(Gap(previous, region[r], spacing) ? "\n\n" : "\n");
                }
                else if (column > 0)
                {
                    output.Append('\n');
                }

                output.Append(text);
                previous = region[r];
            }
        }
    }

    /// <summary>
    /// The rows from <paramref name="start"/> that share at least one gutter with it, and those gutters (empty when the
    /// row stands alone). A gutter is narrowed to the free space common to all rows and must stay wide enough.
    /// </summary>
    private static (int End, List<(double Left, double Right)> Gutters) Region(List<PdfTextRow> rows, int start)
    {
        var gutters = rows[start].Gaps();
        var end = start + 1;
        var twoSided = 1;
        while (end < rows.Count && gutters.Count > 0)
        {
            var narrowed = gutters.Select(g => rows[end].Free(g)).ToList();
            if (narrowed.Any(g => g is null))
            {
                break;
            }

            gutters = narrowed.Select(g => g!.Value).ToList();
            if (rows[end].Gaps().Count > 0)
            {
                twoSided++;
            }

            end++;
        }

        return twoSided >= 2 && gutters.Count > 0 ? (end, gutters) : (start + 1, []);
    }

    private static bool Gap(PdfTextRow above, PdfTextRow below, double spacing) =>
        above.Baseline - below.Baseline > Math.Max(spacing * 1.5, Math.Max(above.Size, below.Size) * 1.6);

    /// <summary>The lower quartile of the distances between rows: the spacing of lines within a paragraph.</summary>
    private static double TypicalSpacing(List<PdfTextRow> rows)
    {
        var deltas = rows.Zip(rows.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(d => d > 0).Order().ToList();
        return deltas.Count == 0 ? 0 : deltas[(deltas.Count - 1) / 4];
    }

    private static List<PdfTextRow> Rows(List<Word> words)
    {
        var rows = new List<PdfTextRow>();
        foreach (var word in words.OrderByDescending(w => w.Letters[0].StartBaseLine.Y).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = word.Letters[0].StartBaseLine.Y;
            var size = Math.Max(1, word.Letters.Max(l => l.PointSize));
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is null || Math.Abs(row.Baseline - baseline) > Math.Min(row.Size, size) * 0.4)
            {
                row = new PdfTextRow(baseline, size);
                rows.Add(row);
            }

            row.Words.Add(word);
            row.Size = Math.Max(row.Size, size);
        }

        foreach (var row in rows)
        {
            row.Words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }

        return rows;
    }
}
