using DanVan.Bot.Courses;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Courses;

namespace DanVan.Bot.Tests.Courses;

public sealed class DigestHtmlFormatterTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static Course Course(long id, string title, DateOnly start, DateOnly? end = null, string? location = null, string? audience = null) =>
        new(id, title, start, end, location, audience, null, null, "test", DateTimeOffset.UnixEpoch);

    [Fact]
    public void FormatDigest_NoCourses_Null()
    {
        Assert.Null(DigestHtmlFormatter.FormatDigest(CourseDigest.For([], Today, 7)));
    }

    [Fact]
    public void FormatDigest_RunningAndUpcoming_SectionsInOrderWithVietnameseDates()
    {
        var text = DigestHtmlFormatter.FormatDigest(CourseDigest.For(
        [
            Course(1, "Lớp bồi dưỡng", Today.AddDays(-1), Today.AddDays(1), "Hội trường"),
            Course(2, "Hội nghị quán triệt", Today.AddDays(1)),
            Course(3, "Tập huấn kỹ năng", Today.AddDays(3)),
        ], Today, 7))!;

        Assert.StartsWith("📅 <b>Lịch lớp học — Thứ Ba, 24/11/2026</b>", text);
        Assert.Contains("Thời gian: Thứ Hai, 23/11/2026 – Thứ Tư, 25/11/2026 (đang diễn ra, ngày 2/3)", text);
        Assert.Contains("Thời gian: Thứ Tư, 25/11/2026 (ngày mai)", text);
        Assert.Contains("Thời gian: Thứ Sáu, 27/11/2026 (còn 3 ngày nữa)", text);
        Assert.True(text.IndexOf("Đang diễn ra", StringComparison.Ordinal) < text.IndexOf("Lớp bồi dưỡng", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Lớp bồi dưỡng", StringComparison.Ordinal) < text.IndexOf("Sắp diễn ra trong 7 ngày tới", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Hội nghị quán triệt", StringComparison.Ordinal) < text.IndexOf("Tập huấn kỹ năng", StringComparison.Ordinal));
        Assert.DoesNotContain("#1", text);
    }

    [Fact]
    public void FormatDigest_OneDayCourseToday_SaysToday()
    {
        var text = DigestHtmlFormatter.FormatDigest(CourseDigest.For([Course(1, "Hội nghị", Today)], Today, 7))!;

        Assert.Contains("Thứ Ba, 24/11/2026 (hôm nay)", text);
        Assert.DoesNotContain("Sắp diễn ra", text);
    }

    [Fact]
    public void FormatDigest_MarkupInStoredText_Escaped()
    {
        var text = DigestHtmlFormatter.FormatDigest(CourseDigest.For([Course(1, "Lớp <b>A</b> & B", Today, location: "<script>", audience: "x > y")], Today, 7))!;

        Assert.Contains("Lớp &lt;b&gt;A&lt;/b&gt; &amp; B", text);
        Assert.Contains("Địa điểm: &lt;script&gt;", text);
        Assert.Contains("Đối tượng: x &gt; y", text);
        Assert.DoesNotContain("<script>", text);
    }

    [Fact]
    public void FormatDigest_ManyLongCourses_UnderTelegramLimitWithCountOfRest()
    {
        var courses = Enumerable.Range(1, 40)
            .Select(i => Course(i, $"Lớp {i} " + new string('x', 200), Today.AddDays(1), audience: new string('y', 300)))
            .ToList();

        var text = DigestHtmlFormatter.FormatDigest(CourseDigest.For(courses, Today, 7))!;

        Assert.True(text.Length <= DigestHtmlFormatter.MaxMessageLength, $"{text.Length} characters");
        var shown = courses.Count(c => text.Contains($"Lớp {c.Id} x", StringComparison.Ordinal));
        Assert.Contains($"… và {40 - shown} lớp học khác.", text);
        Assert.InRange(shown, 5, 39);
    }

    [Fact]
    public void FormatList_NoCourses_FriendlyLine()
    {
        Assert.Equal("Hôm nay (Thứ Ba, 24/11/2026) không có lớp học nào đang diễn ra, và chưa có lớp nào bắt đầu trong 7 ngày tới.",
            DigestHtmlFormatter.FormatList(CourseDigest.For([], Today, 7)));
    }

    [Fact]
    public void FormatList_ForAdmins_ShowsIds()
    {
        Assert.Contains("• #12 <b>Lớp</b>", DigestHtmlFormatter.FormatList(CourseDigest.For([Course(12, "Lớp", Today)], Today, 7), showIds: true));
        Assert.DoesNotContain("#12", DigestHtmlFormatter.FormatList(CourseDigest.For([Course(12, "Lớp", Today)], Today, 7)));
    }

    [Fact]
    public void ForDigest_CoursesInProgressAndLater_SortedIntoTheTwoSections()
    {
        var digest = CourseDigest.For([Course(1, "A", Today.AddDays(-2), Today), Course(2, "B", Today.AddDays(2))], Today, 7);

        Assert.Equal([1L], digest.InProgress.Select(c => c.Id));
        Assert.Equal([2L], digest.Upcoming.Select(c => c.Id));
        Assert.False(digest.IsEmpty);
    }
}
