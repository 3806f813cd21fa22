using System.Text;

namespace DanVan.Core.Ingestion.Readers.Shared;

/// <summary>The kind of file found by <see cref="ContentSniffer"/>.</summary>
public enum ContentKind
{
    Unsupported,
    Text,
    Html,
    Docx,
    Pdf,
}

/// <summary>What a file is, judged by its bytes first and its name second; <see cref="Description"/> names an unsupported kind for admins.</summary>
public sealed record ContentSniff(ContentKind Kind, string? Description = null);

/// <summary>
/// Detects the format of a file from its content (magic bytes, ZIP entry names, HTML markers, text decodability);
/// the file extension only decides between HTML and plain text when the content alone does not.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How much of the file is decoded to decide whether it is text.</summary>
    internal const int TextSampleBytes = 64 * 1024;

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] DocxExtensions = [".docx"];
    private static readonly string[] HtmlStartMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article"];

    public static ContentSniff Detect(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.IsEmpty)
        {
            return new ContentSniff(ContentKind.Unsupported, "tệp rỗng");
        }

        if (IsPdf(content))
        {
            return new ContentSniff(ContentKind.Pdf);
        }

        var binary = DetectBinary(content, fileName);
        if (binary is not null)
        {
            return binary;
        }

        var sampleLength = Math.Min(content.Length, TextSampleBytes);
        var sample = TextDecoder.DecodeRaw(content[..sampleLength], truncated: sampleLength < content.Length, out _);
        if (sample is null)
        {
            // Legacy-encoded web pages (e.g. windows-1252 with a meta charset) are HTML even though they are not UTF-8.
            return LooksLikeHtml(Encoding.Latin1.GetString(content[..Math.Min(content.Length, 2048)]))
                ? new ContentSniff(ContentKind.Html)
                : new ContentSniff(ContentKind.Unsupported, "dữ liệu nhị phân hoặc bảng mã không nhận ra");
        }

        if (LooksLikeHtml(sample) || HasExtension(fileName, HtmlExtensions))
        {
            return new ContentSniff(ContentKind.Html);
        }

        var start = sample.TrimStart();
        if (start.StartsWith(@"{\rtf", StringComparison.Ordinal))
        {
            return new ContentSniff(ContentKind.Unsupported, "tệp RTF (hãy lưu lại dưới dạng .docx)");
        }

        if (start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<svg", StringComparison.OrdinalIgnoreCase))
        {
            return new ContentSniff(ContentKind.Unsupported, "tệp XML/SVG");
        }

        return new ContentSniff(ContentKind.Text);
    }

    /// <summary>True for .html/.htm/.xhtml names.</summary>
    internal static bool HasExtension(string fileName, string[] extensions)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        return extensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The PDF header may be preceded by a little junk; readers accept it within the first 1 KB.</summary>
    private static bool IsPdf(ReadOnlySpan<byte> content) =>
        content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    private static ContentSniff? DetectBinary(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8))
        {
            return DetectZip(content, fileName);
        }

        ReadOnlySpan<byte> ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        ReadOnlySpan<byte> gzip = [0x1F, 0x8B];
        ReadOnlySpan<byte> sevenZip = [0x37, 0x7A, 0xBC, 0xAF];
        ReadOnlySpan<byte> elf = [0x7F, 0x45, 0x4C, 0x46];
        string? description =
            content.StartsWith(ole) ? "tài liệu Office đời cũ (.doc/.xls/.ppt) hoặc tệp Word có mật khẩu; hãy mở bằng Word, bỏ mật khẩu nếu có và lưu lại dưới dạng .docx" :
            content.StartsWith(png) ? "ảnh PNG" :
            content.StartsWith(jpeg) ? "ảnh JPEG" :
            content.StartsWith("GIF8"u8) ? "ảnh GIF" :
            content.StartsWith("RIFF"u8) ? "tệp đa phương tiện (RIFF)" :
            content.StartsWith("MZ"u8) ? "chương trình Windows (.exe/.dll)" :
            content.StartsWith(elf) ? "chương trình (ELF)" :
            content.StartsWith(gzip) ? "tệp nén gzip" :
            content.StartsWith("Rar!"u8) ? "tệp nén RAR" :
            content.StartsWith(sevenZip) ? "tệp nén 7z" :
            null;
        return description is null ? null : new ContentSniff(ContentKind.Unsupported, description);
    }

    /// <summary>
    /// ZIP entry names are stored in plain bytes (local headers and central directory), so a byte search finds them.
    /// A ZIP named .docx without any known part name is still handed to the docx reader: it may be only the head of
    /// the file, or a damaged document, and the reader then says what is wrong with it.
    /// </summary>
    private static ContentSniff DetectZip(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.IndexOf("word/document.xml"u8) >= 0)
        {
            return new ContentSniff(ContentKind.Docx);
        }

        string? description =
            content.IndexOf("xl/workbook"u8) >= 0 ? "bảng tính Excel (.xlsx)" :
            content.IndexOf("ppt/presentation"u8) >= 0 ? "bản trình chiếu PowerPoint (.pptx)" :
            content.IndexOf("content.xml"u8) >= 0 ? "tài liệu OpenDocument (.odt/.ods); hãy lưu lại dưới dạng .docx" :
            null;
        if (description is null && HasExtension(fileName, DocxExtensions))
        {
            return new ContentSniff(ContentKind.Docx);
        }

        return new ContentSniff(ContentKind.Unsupported, description ?? "tệp nén ZIP không phải tài liệu Word");
    }

    private static bool LooksLikeHtml(string sample)
    {
        var start = sample.AsSpan().TrimStart();
        if (start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<!--", StringComparison.Ordinal))
        {
            // An XHTML prolog or a leading comment: look for the html element a little further on.
            var head = start[..Math.Min(start.Length, 2048)];
            return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var marker in HtmlStartMarkers)
        {
            if (start.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
