using System.Globalization;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// Structural limits checked before and while a PDF is parsed, so a hostile file (millions of objects, tens of
/// thousands of pages, streams that inflate to gigabytes) is refused within about a second and within bounded memory.
/// Real course materials stay far below each limit.
/// </summary>
internal static class PdfGuard
{
    /// <summary>Indirect objects ("N G obj") counted in the raw bytes; a 500-page report has a few tens of thousands.</summary>
    public const int MaxObjects = 250_000;

    public const int MaxPages = 3_000;

    /// <summary>All streams of one document together, inflated.</summary>
    public const long MaxDecodedBytes = 256L * 1024 * 1024;

    /// <summary>One stream, inflated (a page's content, a font, an image).</summary>
    public const long MaxStreamBytes = 48L * 1024 * 1024;

    /// <summary>Counts "obj" keywords in one pass over the bytes and refuses the file over <see cref="MaxObjects"/>.</summary>
    public static void CheckObjectCount(ReadOnlySpan<byte> content)
    {
        ReadOnlySpan<byte> keyword = " obj"u8;
        var count = 0;
        var rest = content;
        int at;
        while ((at = rest.IndexOf(keyword)) >= 0)
        {
            if (++count > MaxObjects)
            {
                throw new DocumentFormatException(
                    $"Tệp PDF bị từ chối: có hơn {Number(MaxObjects)} đối tượng bên trong (tệp bất thường hoặc độc hại).");
            }

            rest = rest[(at + keyword.Length)..];
        }
    }

    public static void CheckPageCount(int pages)
    {
        if (pages > MaxPages)
        {
            throw new DocumentFormatException(
                $"Tệp PDF có {Number(pages)} trang, vượt giới hạn {Number(MaxPages)} trang. Hãy tách thành các tệp nhỏ hơn.");
        }
    }

    /// <summary>Vietnamese digit grouping: 250.000.</summary>
    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
}
