using System.ComponentModel;
using System.Text;
using DanVan.Core.Courses;
using Microsoft.SemanticKernel;

namespace DanVan.Core.Answering.Llm;

/// <summary>
/// The model's calendar tool: courses in progress today and those starting within the days asked for, read from
/// <see cref="CourseStore"/> on the schedule's local date, each numbered in the question's <see cref="CitationLedger"/>.
/// </summary>
internal sealed class CourseCalendarPlugin(CourseStore courses, DigestSchedule schedule, TimeProvider timeProvider)
{
    /// <summary>Plugin name; the model sees the tool as <c>calendar_upcoming_courses</c>.</summary>
    public const string PluginName = "calendar";

    /// <summary>Longest look-ahead a model may ask for.</summary>
    public const int MaxDaysAhead = 366;

    [KernelFunction("upcoming_courses")]
    [Description("Đọc lịch lớp học (lớp tập huấn, bồi dưỡng, hội nghị): các lớp đang diễn ra hôm nay và các lớp sắp khai giảng " +
                 "trong số ngày tới. Mỗi lớp được đánh số để trích dẫn [n].")]
    public async Task<string> UpcomingAsync(
        Kernel kernel,
        [Description("Số ngày tính từ hôm nay, từ 0 đến 366; ví dụ 14 để xem cả tuần sau")] int daysAhead = 30,
        CancellationToken cancellationToken = default)
    {
        var ledger = CitationLedger.Of(kernel);
        var today = schedule.LocalDate(timeProvider.GetUtcNow());
        var days = Math.Clamp(daysAhead, 0, MaxDaysAhead);
        var list = await courses.ListCurrentAsync(today, days, cancellationToken);
        var text = new StringBuilder()
            .Append("Hôm nay là ").Append(VietnameseDateFormat.Format(today))
            .Append(". Các lớp đang diễn ra hoặc bắt đầu đến hết ").Append(VietnameseDateFormat.Format(today.AddDays(days))).Append(": ");
        if (list.Count == 0)
        {
            return text.Append("không có lớp nào trong lịch.").ToString();
        }

        text.Append(list.Count).Append(" lớp.\n");
        foreach (var course in list)
        {
            text.Append(LlmPromptBuilder.FormatCourse(ledger.Number(course), course));
        }

        return text.ToString();
    }
}
