using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Core.Courses;

/// <summary>
/// Writes the course list in Vietnamese, as Telegram HTML with every stored text escaped: the daily digest (null
/// when there is nothing to announce) and the /courses reply (a friendly line when there is nothing).
/// Messages stay under Telegram's 4096-character limit; courses that do not fit are counted at the end.
/// </summary>
public static partial class DigestComposer
{
    public const int MaxMessageLength = 4000;

    private const int MaxAudienceLength = 160;

    /// <summary>The digest for <paramref name="today"/>, or null when no course is in progress or coming up.</summary>
    public static string? ComposeDigest(IReadOnlyList<Course> courses, DateOnly today, int daysAhead)
    {
        ArgumentNullException.ThrowIfNull(courses);
        return courses.Count == 0
            ? null
            : Compose($"📅 <b>Lịch lớp học — {VietnameseDateFormat.Format(today)}</b>", courses, today, daysAhead,
                "Gõ /courses để xem lại lịch bất cứ lúc nào.", showIds: false);
    }

    /// <summary>The reply to /courses; <paramref name="showIds"/> adds "#12" for admins (for /removecourse).</summary>
    public static string ComposeList(IReadOnlyList<Course> courses, DateOnly today, int daysAhead, bool showIds = false)
    {
        ArgumentNullException.ThrowIfNull(courses);
        if (courses.Count == 0)
        {
            return $"Hôm nay ({VietnameseDateFormat.Format(today)}) không có lớp học nào đang diễn ra, " +
                   $"và chưa có lớp nào bắt đầu trong {daysAhead} ngày tới.";
        }

        return Compose($"📅 <b>Các lớp học đang và sắp diễn ra</b> (hôm nay: {VietnameseDateFormat.Format(today)})", courses, today, daysAhead, null, showIds);
    }

    /// <summary>The message as plain text (tags removed, entities decoded), for the console preview.</summary>
    public static string ToPlainText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    /// <summary>One course as HTML (title, dates, place …), e.g. in the reply to /addcourse.</summary>
    public static string Describe(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return Entry(course, null, showId: false);
    }

    private static string Compose(string header, IReadOnlyList<Course> courses, DateOnly today, int daysAhead, string? footer, bool showIds)
    {
        var builder = new StringBuilder(header);
        var inProgress = courses.Where(c => c.IsInProgressOn(today)).ToList();
        var upcoming = courses.Where(c => c.StartDate > today).ToList();
        var sections = new List<(string Heading, List<Course> Items)>
        {
            ("Đang diễn ra", inProgress),
            (daysAhead == 1 ? "Bắt đầu ngày mai" : $"Sắp diễn ra trong {daysAhead} ngày tới", upcoming),
        };

        var left = inProgress.Count + upcoming.Count;
        var tail = footer is null ? string.Empty : $"\n\n<i>{footer}</i>";
        foreach (var (heading, items) in sections.Where(s => s.Items.Count > 0))
        {
            var headingText = $"\n\n<b>{heading}</b>";
            foreach (var course in items)
            {
                var entry = (headingText ?? string.Empty) + "\n" + Entry(course, today, showIds);
                if (builder.Length + entry.Length + tail.Length + 60 > MaxMessageLength)
                {
                    builder.Append($"\n\n… và {left} lớp học khác.");
                    return builder.Append(tail).ToString();
                }

                builder.Append(entry);
                headingText = null;
                left--;
            }
        }

        return builder.Append(tail).ToString();
    }

    private static string Entry(Course course, DateOnly? today, bool showId)
    {
        var when = today is { } day ? $" ({When(course, day)})" : string.Empty;
        var lines = new List<string>
        {
            $"• {(showId ? $"#{course.Id} " : string.Empty)}<b>{HtmlText.Escape(course.Title)}</b>",
            $"   Thời gian: {VietnameseDateFormat.FormatRange(course.StartDate, course.EndDate)}{when}",
        };
        AddLine(lines, "Địa điểm", course.Location);
        AddLine(lines, "Đối tượng", course.Audience is { Length: > MaxAudienceLength } a ? a[..MaxAudienceLength].TrimEnd() + "…" : course.Audience);
        AddLine(lines, "Đơn vị tổ chức", course.Organiser);
        AddLine(lines, "Ghi chú", course.Notes);
        return string.Join("\n", lines);
    }

    private static void AddLine(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"   {label}: {HtmlText.Escape(value)}");
        }
    }

    private static string When(Course course, DateOnly today)
    {
        if (course.IsInProgressOn(today))
        {
            var total = course.LastDay.DayNumber - course.StartDate.DayNumber + 1;
            return total == 1 ? "hôm nay" : $"đang diễn ra, ngày {today.DayNumber - course.StartDate.DayNumber + 1}/{total}";
        }

        var days = course.StartDate.DayNumber - today.DayNumber;
        return days == 1 ? "ngày mai" : $"còn {days} ngày nữa";
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
