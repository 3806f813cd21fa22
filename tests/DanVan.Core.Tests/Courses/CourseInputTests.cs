using DanVan.Core.Courses;

namespace DanVan.Core.Tests.Courses;

public sealed class CourseInputTests
{
    [Fact]
    public void TryParseAddCommand_RangeTitlePlace_AllParsed()
    {
        Assert.True(CourseInput.TryParseAddCommand("2026-11-24..2026-11-26 | Lớp bồi dưỡng nghiệp vụ | Hội trường Tỉnh ủy", "telegram:1", out var course, out var error), error);

        Assert.Equal(new NewCourse("Lớp bồi dưỡng nghiệp vụ", new(2026, 11, 24), new(2026, 11, 26), "Hội trường Tỉnh ủy", "telegram:1"), course);
    }

    [Fact]
    public void TryParseAddCommand_VietnameseDateNoPlace_Parsed()
    {
        Assert.True(CourseInput.TryParseAddCommand("24/11/2026 | Hội nghị quán triệt", "telegram:1", out var course, out _));

        Assert.Equal((new DateOnly(2026, 11, 24), (DateOnly?)null, (string?)null), (course!.StartDate, course.EndDate, course.Location));
    }

    [Theory]
    [InlineData("", "Thiếu thông tin lớp học")]
    [InlineData("   ", "Thiếu thông tin lớp học")]
    [InlineData("2026-11-24", "Thiếu tiêu đề")]
    [InlineData("2026-11-24 |   | Hội trường", "Thiếu tiêu đề")]
    [InlineData("Lớp bồi dưỡng | 2026-11-24", "Không hiểu ngày “Lớp bồi dưỡng”")]
    [InlineData("2026-02-30 | Lớp", "tháng 2/2026 có 28 ngày")]
    [InlineData("2026-11-26..2026-11-24 | Lớp", "đứng trước ngày bắt đầu")]
    [InlineData("2026-11-24 | Lớp | Nơi | Thừa", "tối đa 3")]
    public void TryParseAddCommand_BadInput_SaysExactlyWhat(string arguments, string expectedPart)
    {
        Assert.False(CourseInput.TryParseAddCommand(arguments, "telegram:1", out var course, out var error));
        Assert.Null(course);
        Assert.Contains(expectedPart, error);
    }

    [Fact]
    public void TryCreate_TitleTooLong_Refused()
    {
        Assert.False(CourseInput.TryCreate("2026-11-24", null, new string('a', 301), null, null, null, null, "cli", out _, out var error));
        Assert.Contains("tối đa 300", error);
    }
}
