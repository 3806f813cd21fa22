using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DanVan.Core.Tests.Ingestion.Readers.Pdf;

/// <summary>
/// Lays text out at chosen positions on A4 pages with PdfPig's writer and Helvetica (a standard font, so ASCII text
/// only; Vietnamese needs an embedded font, which is what the committed fixture has).
/// </summary>
internal static class TestPdf
{
    public const double FontSize = 10;

    /// <summary>One entry per page; each text is drawn with its baseline at (x, y) points from the bottom left.</summary>
    public static byte[] Create(params (double X, double Y, string Text)[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var texts in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var (x, y, text) in texts)
            {
                page.AddText(text, FontSize, new PdfPoint(x, y), font);
            }
        }

        return builder.Build();
    }

    /// <summary>Lines stacked from <paramref name="top"/> downwards at x, 12 points apart; "" leaves a blank line.</summary>
    public static IEnumerable<(double X, double Y, string Text)> Column(double x, double top, params string[] lines) =>
        lines.Select((line, i) => (x, top - (i * 12), line)).Where(l => l.line.Length > 0);
}
