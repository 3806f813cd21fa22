namespace DanVan.Core.Answering;

/// <summary>Fixed user-facing Vietnamese texts shared by every answer composer.</summary>
public static class AnswerTexts
{
    /// <summary>The reply when the indexed materials do not hold the answer.</summary>
    public const string NotInMaterials =
        "Xin lỗi, tài liệu hiện có chưa có thông tin để trả lời câu hỏi này. " +
        "Anh/chị thử diễn đạt lại câu hỏi cụ thể hơn, hoặc gõ /help để xem hướng dẫn.";

    /// <summary>The first line of the sources block that ends a grounded answer.</summary>
    public const string SourcesHeader = "Nguồn:";
}
