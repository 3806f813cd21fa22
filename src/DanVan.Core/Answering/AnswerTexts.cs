namespace DanVan.Core.Answering;

/// <summary>Fixed Vietnamese texts of answers.</summary>
public static class AnswerTexts
{
    public const string SourcesHeader = "Nguồn:";

    public const string NotFound =
        "Xin lỗi, tài liệu hiện có chưa có thông tin để trả lời câu hỏi này. " +
        "Bạn hãy thử diễn đạt lại cụ thể hơn (ví dụ nêu tên tỉnh, năm hoặc tên lớp tập huấn), hoặc gõ /help để xem hướng dẫn.";

    public const string EmptyQuestion =
        "Bạn vui lòng gõ câu hỏi về công tác dân vận, ví dụ: \"Phong trào Dân vận khéo là gì?\" hoặc " +
        "\"Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ?\". Gõ /help để xem hướng dẫn.";

    /// <summary>Before related material quoted by a model that found no answer in it.</summary>
    public const string RelatedIntro = "Tài liệu hiện có chưa nêu trực tiếp câu trả lời cho câu hỏi này. Nội dung liên quan:";

    /// <summary>The title under which a course of the calendar is listed as a source.</summary>
    public const string CourseCalendarTitle = "Lịch lớp học";
}
