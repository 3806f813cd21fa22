namespace DanVan.Core.Text;

/// <summary>
/// Vietnamese function words that must not drive ranking. Decided on the word as typed: with diacritics the exact
/// word is looked up ("của" is a stop word, "cửa" is not); typed without diacritics, only folded forms that cannot
/// also be a content syllable count ("cua" could be "của" or "cua"; "dang" could be "đang" or "Đảng", so it stays).
/// </summary>
public static class StopWords
{
    private static readonly string[] Diacritic =
    [
        "là", "của", "và", "với", "cho", "tại", "trong", "trên", "dưới", "ở", "từ", "đến", "tới", "về", "theo", "như",
        "hay", "hoặc", "thì", "mà", "nhưng", "nếu", "vì", "nên", "để", "do", "bởi", "qua", "giữa", "sau", "trước",
        "các", "những", "một", "mỗi", "nhiều", "ít", "tất", "cả", "này", "kia", "ấy", "đó", "đây", "nó",
        "gì", "nào", "sao", "bao", "nhiêu", "không", "chưa", "có", "phải", "à", "ạ", "nhé", "nhỉ", "vậy", "thế",
        "hả", "ơi", "chứ", "đâu", "ai", "khi", "lúc", "mấy", "bây", "giờ", "hãy",
        "được", "bị", "sẽ", "đã", "đang", "vẫn", "cũng", "đều", "rất", "lắm", "hơn", "nhất", "càng", "chỉ", "ra", "vào",
        "lên", "xuống", "lại", "đi", "thôi", "gồm", "bằng",
        "tôi", "mình", "bạn", "anh", "chị", "em", "ông", "bà", "chúng", "họ", "xin", "vui", "lòng", "cảm", "ơn",
        "giúp", "biết", "hỏi", "nói", "kể", "tìm", "hiểu", "muốn", "cần", "cho", "mình", "nhé", "làm", "sự", "việc",
    ];

    // Folded forms that are only ever function words in this domain. Deliberately excludes forms shared with content
    // syllables, e.g. dang (Đảng), hoi (hội), de (đề), boi (bồi), thi (thi đua), nha (Nhà nước), vi (đơn vị), van (vận).
    private static readonly string[] FoldedOnly =
    [
        "la", "cua", "va", "voi", "cho", "o", "den", "ve", "theo", "nhu", "hay", "hoac", "nhung", "neu", "nen", "giua",
        "cac", "nhieu", "tat", "nay", "kia", "ay", "gi", "nao", "sao", "khong", "chua", "phai", "nhe", "nhi", "vay",
        "ha", "oi", "chu", "ai", "khi", "luc", "bay", "gio", "hay", "duoc", "se", "da", "cung", "deu", "rat", "hon",
        "cang", "ra", "vao", "len", "xuong", "di", "gom", "bang", "toi", "ban", "anh", "em", "ong", "ho", "xin",
        "vui", "on", "giup", "tim", "muon", "su", "viec",
    ];

    private static readonly HashSet<string> DiacriticSet = new(Diacritic.Select(w => w.Normalize()), StringComparer.Ordinal);
    private static readonly HashSet<string> FoldedSet = new(FoldedOnly, StringComparer.Ordinal);

    /// <summary>True when <paramref name="typedLower"/> (the word as typed, lower-case NFC) is a function word.</summary>
    /// <param name="typedLower">The word with whatever diacritics the user typed.</param>
    /// <param name="folded">Its folded form.</param>
    public static bool IsStopWord(string typedLower, string folded) =>
        typedLower.Length > 0 && !string.Equals(typedLower, folded, StringComparison.Ordinal)
            ? DiacriticSet.Contains(typedLower)
            : FoldedSet.Contains(folded);
}
