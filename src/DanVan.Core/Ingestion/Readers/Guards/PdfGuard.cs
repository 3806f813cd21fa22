using System.Globalization;

namespace DanVan.Core.Ingestion.Readers.Guards;

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

    /// <summary>
    /// One pass over the raw bytes before parsing: refuses a file with more than <see cref="MaxObjects"/> "obj" keywords
    /// or more than <see cref="MaxPages"/> page objects ("/Type /Page"), since the library reads the whole page tree
    /// when it opens a file. Objects hidden in compressed object streams are caught later by the parsed page count.
    /// </summary>
    public static void CheckRawStructure(ReadOnlySpan<byte> content)
    {
        if (Count(content, " obj"u8, _ => true) > MaxObjects)
        {
            throw new DocumentFormatException(
                $"Tệp PDF bị từ chối: có hơn {Number(MaxObjects)} đối tượng bên trong (tệp bất thường hoặc độc hại).");
        }

        // "/Page" followed by a delimiter, not "/Pages", "/PageMode", "/PageLabels".
        var pages = Count(content, "/Page"u8, next => !char.IsAsciiLetterOrDigit((char)next));
        CheckPageCount(pages, atLeast: true);
    }

    public static void CheckPageCount(int pages, bool atLeast = false)
    {
        if (pages > MaxPages)
        {
            throw new DocumentFormatException(
                $"Tệp PDF có {(atLeast ? "khoảng " : string.Empty)}{Number(pages)} trang, vượt giới hạn {Number(MaxPages)} trang. Hãy tách thành các tệp nhỏ hơn.");
        }
    }

    /// <summary>Occurrences of <paramref name="keyword"/> whose next byte passes <paramref name="next"/>, counting stops past the largest limit.</summary>
    private static int Count(ReadOnlySpan<byte> content, ReadOnlySpan<byte> keyword, Func<byte, bool> next)
    {
        var count = 0;
        var rest = content;
        int at;
        while ((at = rest.IndexOf(keyword)) >= 0 && count <= MaxObjects)
        {
            var after = at + keyword.Length;
            if (after >= rest.Length || next(rest[after]))
            {
                count++;
            }

            rest = rest[after..];
        }

        return count;
    }

    /// <summary>Vietnamese digit grouping: 250.000.</summary>
    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
}
