using System.IO.Compression;
using System.Xml;

namespace DanVan.Core.Ingestion.Readers.Guards;

/// <summary>
/// Inspects a .docx archive before the OpenXml SDK opens it, so a zip bomb (huge entry counts, a tiny file that
/// inflates to gigabytes) is refused without being inflated, and the main part is checked to be XML of sane depth.
/// </summary>
internal static class ZipArchiveGuard
{
    public const int MaxEntries = 1_000;
    public const long MaxTotalUncompressedBytes = 100L * 1024 * 1024;
    public const int MaxCompressionRatio = 100;

    /// <summary>Entries smaller than this are not held to the ratio: tiny XML parts compress very well legitimately.</summary>
    public const long RatioExemptBytes = 1024 * 1024;

    public const string MainPart = "word/document.xml";

    public const int MaxXmlDepth = 256;

    /// <summary>Throws <see cref="DocumentFormatException"/> when the archive is corrupt, lacks the main part or looks like a zip bomb.</summary>
    public static void CheckDocx(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                throw new DocumentFormatException(
                    $"Tệp .docx bị từ chối: có {entries.Count} phần bên trong, vượt giới hạn {MaxEntries} (có thể là tệp nén độc hại).");
            }

            long total = 0;
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (total > MaxTotalUncompressedBytes)
                {
                    throw new DocumentFormatException(
                        $"Tệp .docx bị từ chối: khi giải nén vượt {MaxTotalUncompressedBytes / (1024 * 1024)} MB (có thể là tệp nén độc hại).");
                }

                if (entry.Length > RatioExemptBytes && entry.Length > entry.CompressedLength * MaxCompressionRatio)
                {
                    throw new DocumentFormatException(
                        $"Tệp .docx bị từ chối: phần “{entry.FullName}” nén với tỉ lệ hơn {MaxCompressionRatio} lần (có thể là tệp nén độc hại).");
                }
            }

            var main = zip.GetEntry(MainPart) ?? throw new DocumentFormatException($"Tệp .docx bị hỏng: thiếu phần nội dung chính ({MainPart}).");
            CheckXmlDepth(main);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentFormatException($"Tệp .docx bị hỏng: cấu trúc ZIP không hợp lệ ({ex.Message}).", ex);
        }
    }

    /// <summary>
    /// Streams the main part once: it must be well-formed XML nested at most <see cref="MaxXmlDepth"/> levels. Real
    /// documents stay within a few dozen; thousands of levels make the SDK take minutes.
    /// </summary>
    private static void CheckXmlDepth(ZipArchiveEntry main)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(main.Open(), settings);
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                {
                    throw new DocumentFormatException(
                        $"Tệp .docx bị từ chối: nội dung lồng nhau quá {MaxXmlDepth} cấp (tệp bất thường hoặc độc hại).");
                }
            }
        }
        catch (XmlException ex)
        {
            throw new DocumentFormatException($"Tệp .docx bị hỏng: phần nội dung chính không phải XML hợp lệ ({ex.Message}).", ex);
        }
    }
}
