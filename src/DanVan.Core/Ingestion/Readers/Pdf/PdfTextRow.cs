using UglyToad.PdfPig.Content;

namespace DanVan.Core.Ingestion.Readers.Pdf;

/// <summary>The words of one PDF text row (sharing a baseline), left to right; see <see cref="PdfPageText"/>.</summary>
internal sealed class PdfTextRow(double baseline, double size)
{
    public double Baseline { get; } = baseline;

    /// <summary>The largest font size in the row, in points.</summary>
    public double Size { get; set; } = size;

    public List<Word> Words { get; } = [];

    /// <summary>Free space at least this many font sizes wide separates cells or columns; a word space is about a quarter.</summary>
    private double MinGutter => Size * 1.2;

    public string Text() => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The wide gaps between consecutive words.</summary>
    public List<(double Left, double Right)> Gaps()
    {
        var gaps = new List<(double, double)>();
        for (var i = 1; i < Words.Count; i++)
        {
            var left = Words[i - 1].BoundingBox.Right;
            var right = Words[i].BoundingBox.Left;
            if (right - left >= MinGutter)
            {
                gaps.Add((left, right));
            }
        }

        return gaps;
    }

    /// <summary>The part of <paramref name="gutter"/> no word of this row covers, or null when too little of it is free.</summary>
    public (double Left, double Right)? Free((double Left, double Right) gutter)
    {
        var (left, right) = gutter;
        foreach (var word in Words)
        {
            var box = word.BoundingBox;
            if (box.Right <= left || box.Left >= right)
            {
                continue;
            }

            // The word overlaps the gutter: keep the larger free side.
            if (box.Left - left >= right - box.Right)
            {
                right = box.Left;
            }
            else
            {
                left = box.Right;
            }
        }

        return right - left >= MinGutter * 0.5 ? (left, right) : null;
    }

    /// <summary>The row's text cut at the gutters: one string per column, empty where the row has nothing.</summary>
    public string[] Split(List<(double Left, double Right)> gutters)
    {
        var cells = new List<string>[gutters.Count + 1];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = [];
        }

        foreach (var word in Words)
        {
            var center = (word.BoundingBox.Left + word.BoundingBox.Right) / 2;
            cells[gutters.Count(g => g.Right <= center)].Add(word.Text);
        }

        return cells.Select(c => string.Join(' ', c)).ToArray();
    }
}
