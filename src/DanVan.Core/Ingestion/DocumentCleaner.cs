using System.Text.RegularExpressions;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Text;

namespace DanVan.Core.Ingestion;

/// <summary>
/// Removes web-page debris from scraped articles (counters, share links, "No title...", photo captions, lone
/// punctuation, bylines) and sets aside source and page-date lines for metadata. Runs on every ingested document.
/// </summary>
public static partial class DocumentCleaner
{
    // Folded, whole-line debris.
    private static readonly HashSet<string> DebrisLines = new(StringComparer.Ordinal)
    {
        "gui cho ban be", "phan hoi", "thong tin nguoi gui phan hoi", "xem nhieu nhat", "tin moi", "tin moi nhat",
        "cac tin khac", "tin khac", "tin lien quan", "bai lien quan", "bai viet lien quan", "dang nhap", "dang ky",
        "in bai", "in bai viet", "in trang", "chia se", "quay lai", "ve dau trang", "len dau trang", "thong tin moi nhat",
        "binh luan", "y kien ban doc", "tu khoa", "share", "tweet", "like", "email", "gui email", "xem them",
        "doc nhieu", "doc nhieu nhat", "thong ke truy cap", "lien ket website", "video", "hinh anh", "trang chu",
    };

    // Folded prefixes of caption-like short lines (photo captions naming no one).
    private static readonly string[] CaptionPrefixes =
        ["cac dai bieu", "dai bieu", "quang canh", "toan canh", "anh:", "anh minh hoa", "hinh:", "anh tu lieu"];

    [GeneratedRegex(@"^[\p{P}\p{S}\s]+$")]
    private static partial Regex LonePunctuation();

    [GeneratedRegex(@"^\d{1,7}$")]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"^(luot xem|luot doc|so lan xem|dang online|dang truy cap|hom nay|hom qua|trong tuan|tuan nay|trong thang|thang nay|tat ca|tong so|tong truy cap|truy cap)\s*:?\s*[\d.,]+$")]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(thu\s+(hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?\s*(ngay\s+)?\d{1,2}/\d{1,2}/\d{4}(\s*[-–,]?\s*\d{1,2}:\d{2}(\s*\(?gmt[+\d:]*\)?)?)?$")]
    private static partial Regex PageDate();

    [GeneratedRegex(@"\banh\s+\d+$")]
    private static partial Regex NumberedImage();

    [GeneratedRegex(@"^\(\s*([^()\s]{2,30})\s*\)\s*[-–—:]?\s*")]
    private static partial Regex LeadTag();

    [GeneratedRegex(@"^\s*[•·●▪◦\-–*]+\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"no title\.*", RegexOptions.IgnoreCase)]
    private static partial Regex NoTitle();

    [GeneratedRegex(@"\(\s*theo\s+[^()]{2,60}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TheoSuffix();

    public static CleanedDocument Clean(ParsedDocument parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var cleaned = new CleanedDocument();
        foreach (var block in parsed.Blocks)
        {
            var text = NoTitle().Replace(block.Text, " ").Trim();
            text = MultiSpace().Replace(text, " ");
            if (text.Length == 0)
            {
                continue;
            }

            var folded = VietnameseText.Fold(Bullet().Replace(text, string.Empty)).Trim().TrimEnd('.', ':', ' ');
            if (IsDebris(text, folded))
            {
                continue;
            }

            if (PageDate().IsMatch(folded))
            {
                cleaned.PageDateLines.Add(text);
                continue;
            }

            if (IsSourceLine(text, folded))
            {
                cleaned.SourceLines.Add(text);
                continue;
            }

            if (block.Kind == BlockKind.Paragraph && cleaned.LeadTag is null && cleaned.Blocks.Count(b => b.Kind == BlockKind.Paragraph) <= 2)
            {
                var lead = LeadTag().Match(text);
                if (lead.Success && text.Length > lead.Length + 20 && !lead.Groups[1].Value.All(char.IsDigit))
                {
                    cleaned.LeadTag = lead.Groups[1].Value;
                    text = text[lead.Length..].Trim();
                }
            }

            cleaned.Blocks.Add(block with { Text = text });
        }

        DropTrailingBylines(cleaned);
        return cleaned;
    }

    private static bool IsDebris(string text, string folded)
    {
        if (LonePunctuation().IsMatch(text) || LoneNumber().IsMatch(folded) || DebrisLines.Contains(folded) || Counter().IsMatch(folded))
        {
            return true;
        }

        // "Thông tin mới nhấtThống kê truy cập" and similar glued widget titles.
        if (folded.StartsWith("thong tin moi nhat", StringComparison.Ordinal) || folded.StartsWith("thong ke truy cap", StringComparison.Ordinal))
        {
            return true;
        }

        var words = WordsUpTo(folded, 30);
        if (words <= 20 && NumberedImage().IsMatch(folded))
        {
            return true;
        }

        if (words <= 15 && CaptionPrefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        // Image alt text left alone on a line: "Ảnh cờ động".
        return words <= 5 && folded.StartsWith("anh ", StringComparison.Ordinal) && !text.TrimEnd().EndsWith('.');
    }

    private static bool IsSourceLine(string text, string folded)
    {
        var words = WordsUpTo(folded, 30);
        if (words > 25)
        {
            return false;
        }

        return folded.StartsWith("nguon:", StringComparison.Ordinal) || folded.StartsWith("nguon ", StringComparison.Ordinal)
            || (TheoSuffix().IsMatch(text) && words <= 12);
    }

    // Author names closing an article: one to five capitalised words, no sentence punctuation ("Thành Duy", "Mộng Thường").
    private static void DropTrailingBylines(CleanedDocument cleaned)
    {
        while (cleaned.Blocks.Count > 1)
        {
            var last = cleaned.Blocks[^1];
            var words = last.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var isByline = last.Kind == BlockKind.Paragraph && words.Length is >= 1 and <= 6
                && words.All(w => w is "-" or "–" || char.IsUpper(w[0]))
                && !".!?:".Contains(last.Text[^1], StringComparison.Ordinal);
            if (!isByline)
            {
                return;
            }

            cleaned.Blocks.RemoveAt(cleaned.Blocks.Count - 1);
        }
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultiSpace();

    /// <summary>
    /// The number of space-separated words, counted up to <paramref name="cap"/>: the rules only compare it with small
    /// numbers, and splitting a block that is one 14 MB line would allocate millions of strings.
    /// </summary>
    private static int WordsUpTo(string text, int cap)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words >= cap)
                {
                    return words;
                }
            }
        }

        return words;
    }
}
