using DanVan.Core.Courses;

namespace DanVan.Core.Answering;

/// <summary>Fixed Vietnamese texts of answers.</summary>
public static class AnswerTexts
{
    public const string SourcesHeader = "Nguồn:";

    /// <summary>The line before the context quoted after the answer (other kinds of fact asked, close context).</summary>
    public const string ContextHeader = "Ngoài ra, tài liệu còn nêu:";

    public const string NotFound =
        "Xin lỗi, tài liệu hiện có chưa có thông tin để trả lời câu hỏi này. " +
        "Bạn hãy thử diễn đạt lại cụ thể hơn (ví dụ nêu tên tỉnh, năm hoặc tên lớp tập huấn), hoặc gõ /help để xem hướng dẫn.";

    /// <summary>Before related material (extractive or written by a model): the materials do not state the answer.</summary>
    public const string RelatedOnly =
        "Tài liệu hiện có không nêu trực tiếp thông tin bạn hỏi. Dưới đây là nội dung liên quan gần nhất, " +
        "chỉ để tham khảo (không phải câu trả lời):";

    /// <summary>
    /// After the quotes answering a question that asks several things: the asks (as typed) the materials do not state, so
    /// that an ask left unanswered is never taken for answered.
    /// </summary>
    public static string NotStated(IEnumerable<string> asks)
    {
        var quoted = asks.Select(a => "“" + a + "”").ToList();
        return (quoted.Count == 1 ? "Riêng ý " : "Riêng các ý ") + string.Join(", ", quoted) + ", tài liệu hiện có không nêu thông tin này.";
    }

    /// <summary>
    /// After <see cref="RelatedOnly"/> when the question asks of a time its materials cannot state (today, a later time, a
    /// year compared that no sentence states): the materials' date, or the year missing; empty for a start no sentence
    /// states (since when), which needs no note.
    /// </summary>
    public static string TimeScopeNote(TimeScope.Gap gap, DateOnly? published, string? missingYear = null)
    {
        if (gap is TimeScope.Gap.Since or TimeScope.Gap.None)
        {
            return string.Empty;
        }

        var dated = published is { } date ? "tài liệu hiện có được đăng ngày " + VietnameseDateFormat.Numeric(date) + ", nên " : "tài liệu hiện có ";
        return "Lưu ý: " + gap switch
        {
            TimeScope.Gap.Now => (published is null ? "tài liệu hiện có chỉ phản ánh tình hình tại thời điểm được viết, nên " : dated)
                + "không cho biết tình hình hiện nay; thông tin có thể đã thay đổi.",
            TimeScope.Gap.Compared => "tài liệu hiện có không nêu số liệu năm " + missingYear + " để so sánh.",
            _ => dated + (published is null ? "chưa có thông tin về những việc diễn ra sau thời điểm tài liệu được viết." : "chưa có thông tin về những việc diễn ra sau thời điểm đó."),
        };
    }

    public const string NotMentionedHint =
        "Bạn hãy kiểm tra lại tên, số hiệu hoặc năm, hoặc gõ /help để xem hướng dẫn.";

    /// <summary>The refusal for a question naming something no retrieved passage names.</summary>
    public static string NotMentioned(IEnumerable<string> labels) =>
        "Xin lỗi, tài liệu hiện có không nhắc tới " + string.Join(", ", labels) + ". " + NotMentionedHint;

    /// <summary>Example questions the bot offers; each is answered from the bundled knowledge (a test asks them).</summary>
    public const string ExampleCount = "Năm 2016 Bình Phước tập huấn dân vận cho bao nhiêu cán bộ?";

    /// <inheritdoc cref="ExampleCount"/>
    public const string ExampleDate = "Lớp bồi dưỡng dân vận ở Cà Mau khai mạc ngày nào?";

    public const string EmptyQuestion =
        "Bạn vui lòng gõ câu hỏi về công tác dân vận, ví dụ: \"" + ExampleDate + "\" hoặc " +
        "\"" + ExampleCount + "\". Gõ /help để xem hướng dẫn.";

    /// <summary>The title under which a course of the calendar is listed as a source.</summary>
    public const string CourseCalendarTitle = "Lịch lớp học";
}
