namespace DanVan.Core.Reading;

/// <summary>Vietnamese texts about recommended documents that are not loaded.</summary>
public static class ReadingTexts
{
    /// <summary>Replaces the plain "not found" when the question names listed documents that are not loaded.</summary>
    public static string NotLoaded(IReadOnlyList<RecommendedDocument> missing) =>
        $"Xin lỗi, {Names(missing)} chưa có trong kho tài liệu của trợ lý, nên trợ lý chưa thể trả lời câu hỏi này. " +
        "Khi quản trị viên nạp văn bản này, trợ lý sẽ trả lời bằng trích dẫn từ chính văn bản. " +
        "Bạn có thể báo quản trị viên, hoặc gõ /help để xem hướng dẫn.";

    /// <summary>Put before an answer or related material quoted from other documents.</summary>
    public static string NotLoadedNote(IReadOnlyList<RecommendedDocument> missing, bool answered) =>
        $"Lưu ý: {Names(missing)} chưa có trong kho tài liệu của trợ lý. " +
        (answered ? "Nội dung dưới đây được trích từ tài liệu khác đang có." : "Dưới đây là các đoạn liên quan trong tài liệu hiện có.");

    private static string Names(IReadOnlyList<RecommendedDocument> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var names = missing.Select(d => d.DisplayName).ToArray();
        return names.Length == 1
            ? "văn bản " + names[0]
            : "các văn bản " + string.Join(", ", names[..^1]) + " và " + names[^1];
    }
}
