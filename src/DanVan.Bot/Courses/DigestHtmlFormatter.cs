using System.Text;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Courses;
using DanVan.Core.Text;

namespace DanVan.Bot.Courses;

/// <summary>
/// Writes a <see cref="CourseDigest"/> in Vietnamese as Telegram HTML with every stored text escaped: the daily digest
/// and the /courses reply. Messages stay under Telegram's 4096-character limit; courses that do not fit are counted at the end.
/// </summary>
public static class DigestHtmlFormatter
{
    public const int MaxMessageLength = 4000;

    private const int MaxAudienceLength = 160;

    /// <summary>The daily digest, or null when there is nothing to announce.</summary>
    public static string? FormatDigest(CourseDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.IsEmpty
            ? null
            : Format($"📅 <b>Lịch lớp học — {VietnameseDateFormat.Format(digest.Today)}</b>", digest,
                "Gõ /courses để xem lại lịch bất cứ lúc nào.", showIds: false);
    }

    /// <summary>The reply to /courses; <paramref name="showIds"/> adds "#12" for admins (for /removecourse).</summary>
    public static string FormatList(CourseDigest digest, bool showIds = false)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.IsEmpty)
        {
            return $"Hôm nay ({VietnameseDateFormat.Format(digest.Today)}) không có lớp học nào đang diễn ra, " +
                   $"và chưa có lớp nào bắt đầu trong {digest.DaysAhead} ngày tới.";
        }

        return Format($"📅 <b>Các lớp học đang và sắp diễn ra</b> (hôm nay: {VietnameseDateFormat.Format(digest.Today)})", digest, null, showIds);
    }

    /// <summary>One course as HTML (title, dates, place …), e.g. in the reply to /addcourse.</summary>
    public static string Describe(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return Entry(course, null, showId: false);
    }

    private static string Format(string header, CourseDigest digest, string? footer, bool showIds)
    {
        var builder = new StringBuilder(header);
        var sections = new List<(string Heading, IReadOnlyList<Course> Items)>
        {
            ("Đang diễn ra", digest.InProgress),
            (digest.DaysAhead == 1 ? "Bắt đầu ngày mai" : $"Sắp diễn ra trong {digest.DaysAhead} ngày tới", digest.Upcoming),
        };

        var left = digest.InProgress.Count + digest.Upcoming.Count;
        var tail = footer is null ? string.Empty : $"\n\n<i>{footer}</i>";
        foreach (var (heading, items) in sections.Where(s => s.Items.Count > 0))
        {
            var headingText = $"\n\n<b>{heading}</b>";
            foreach (var course in items)
            {
                var entry = (headingText ?? string.Empty) + "\n" + Entry(course, digest.Today, showIds);
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
            $"• {(showId ? $"#{course.Id} " : string.Empty)}<b>{TelegramHtml.Escape(course.Title)}</b>",
            $"   Thời gian: {VietnameseDateFormat.FormatRange(course.StartDate, course.EndDate)}{when}",
        };
        AddLine(lines, "Địa điểm", course.Location);
        AddLine(lines, "Đối tượng", course.Audience is { Length: > MaxAudienceLength } a ? TextCut.Truncate(a, MaxAudienceLength).TrimEnd() + "…" : course.Audience);
        AddLine(lines, "Đơn vị tổ chức", course.Organiser);
        AddLine(lines, "Ghi chú", course.Notes);
        return string.Join("\n", lines);
    }

    private static void AddLine(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"   {label}: {TelegramHtml.Escape(value)}");
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
}
