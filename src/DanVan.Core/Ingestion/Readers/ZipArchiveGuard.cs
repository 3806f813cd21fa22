using System.IO.Compression;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>
/// Inspects a .docx archive before the OpenXml SDK opens it, so a zip bomb (huge entry counts, a tiny file that
/// inflates to gigabytes) is refused without being inflated.
/// </summary>
internal static class ZipArchiveGuard
{
    public const int MaxEntries = 1_000;
    public const long MaxTotalUncompressedBytes = 100L * 1024 * 1024;
    public const int MaxCompressionRatio = 100;

    /// <summary>Entries smaller than this are not held to the ratio: tiny XML parts compress very well legitimately.</summary>
    public const long RatioExemptBytes = 1024 * 1024;

    public const string MainPart = "word/document.xml";

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

            if (zip.GetEntry(MainPart) is null)
            {
                throw new DocumentFormatException($"Tệp .docx bị hỏng: thiếu phần nội dung chính ({MainPart}).");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentFormatException($"Tệp .docx bị hỏng: cấu trúc ZIP không hợp lệ ({ex.Message}).", ex);
        }
    }
}
