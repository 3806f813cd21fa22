using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;

namespace DanVan.Bot.Tests.Courses;

public sealed class CourseCommandsTests : CoursesTestBase
{
    [Fact]
    public async Task Courses_RunningAndUpcoming_ListedByDateInVietnamese()
    {
        await Courses.AddAsync(new NewCourse("Tuần sau", Today.AddDays(6), null, null, "test"));
        await Courses.AddAsync(new NewCourse("Đang học", Today.AddDays(-1), Today.AddDays(1), "Hội trường", "test"));
        await Courses.AddAsync(new NewCourse("Quá xa", Today.AddDays(8), null, null, "test"));
        var call = new CommandCall(string.Empty, chatType: "group", chatId: -100);

        await Command("courses").HandleAsync(call.Context, CancellationToken.None);

        var reply = call.Reply;
        Assert.Contains("hôm nay: Thứ Ba, 24/11/2026", reply);
        Assert.True(reply.IndexOf("Đang học", StringComparison.Ordinal) < reply.IndexOf("Tuần sau", StringComparison.Ordinal));
        Assert.DoesNotContain("Quá xa", reply);
        Assert.DoesNotContain("#", reply);
    }

    [Fact]
    public async Task Courses_None_FriendlyLine()
    {
        var call = new CommandCall(string.Empty);

        await Command("courses").HandleAsync(call.Context, CancellationToken.None);

        Assert.Contains("không có lớp học nào đang diễn ra", call.Reply);
    }

    [Fact]
    public async Task Courses_LateEveningUtcIsNextDayInVietnam_UsesLocalDay()
    {
        await Courses.AddAsync(new NewCourse("Ngày 25", Today.AddDays(1), null, null, "test"));
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 17, 30, 0, TimeSpan.Zero));
        var call = new CommandCall(string.Empty);

        await Command("courses").HandleAsync(call.Context, CancellationToken.None);

        Assert.Contains("hôm nay: Thứ Tư, 25/11/2026", call.Reply);
        Assert.Contains("(hôm nay)", call.Reply);
    }

    [Fact]
    public async Task AddCourse_ValidLine_StoredAndReplyShowsIdAndParsedCourse()
    {
        var call = new CommandCall("2026-11-24..2026-11-26 | Lớp <bồi dưỡng> & nghiệp vụ | Hội trường Tỉnh ủy", userId: TestHost.AdminId, isAdmin: true);

        await Command("addcourse").HandleAsync(call.Context, CancellationToken.None);

        var course = Assert.Single(await Courses.ListAsync());
        Assert.Equal(("Lớp <bồi dưỡng> & nghiệp vụ", "Hội trường Tỉnh ủy", $"telegram:{TestHost.AdminId}"), (course.Title, course.Location!, course.Origin));
        Assert.Contains($"Đã thêm lớp học #{course.Id}", call.Reply);
        Assert.Contains("Lớp &lt;bồi dưỡng&gt; &amp; nghiệp vụ", call.Reply);
        Assert.Contains("Thứ Ba, 24/11/2026 – Thứ Năm, 26/11/2026", call.Reply);
    }

    [Fact]
    public async Task AddCourse_BadDate_ReplyExplainsAndNothingStored()
    {
        var call = new CommandCall("31/11/2026 | Lớp bồi dưỡng", isAdmin: true);

        await Command("addcourse").HandleAsync(call.Context, CancellationToken.None);

        Assert.Empty(await Courses.ListAsync());
        Assert.Contains("tháng 11/2026 có 30 ngày", call.Reply);
        Assert.Contains("/addcourse 2026-11-24..2026-11-26", call.Reply);
    }

    [Fact]
    public async Task AddCourse_SameCourseTwice_SecondSaysItExists()
    {
        await Command("addcourse").HandleAsync(new CommandCall("24/11/2026 | Hội nghị", isAdmin: true).Context, CancellationToken.None);
        var again = new CommandCall("2026-11-24 | hội nghị", isAdmin: true);

        await Command("addcourse").HandleAsync(again.Context, CancellationToken.None);

        Assert.Single(await Courses.ListAsync());
        Assert.Contains("đã có trong lịch", again.Reply);
    }

    [Fact]
    public async Task AddCourse_NotBotAdmin_Refused()
    {
        var call = new CommandCall("2026-11-24 | Lớp", isAdmin: false);

        await Command("addcourse").HandleAsync(call.Context, CancellationToken.None);

        Assert.Empty(await Courses.ListAsync());
        Assert.Contains("Chỉ quản trị viên", call.Reply);
    }

    [Fact]
    public async Task RemoveCourse_ExistingId_RemovedAndNamed()
    {
        var added = await Courses.AddAsync(new NewCourse("Lớp cần xóa", Today, null, null, "test"));
        var call = new CommandCall($"#{added.Course.Id}", isAdmin: true);

        await Command("removecourse").HandleAsync(call.Context, CancellationToken.None);

        Assert.Empty(await Courses.ListAsync());
        Assert.Contains($"Đã xóa lớp học #{added.Course.Id}", call.Reply);
        Assert.Contains("Lớp cần xóa", call.Reply);
    }

    [Theory]
    [InlineData("999", "Không có lớp học #999")]
    [InlineData("abc", "Cần số của lớp học")]
    [InlineData("", "Cần số của lớp học")]
    public async Task RemoveCourse_BadOrUnknownId_Explains(string arguments, string expected)
    {
        var call = new CommandCall(arguments, isAdmin: true);

        await Command("removecourse").HandleAsync(call.Context, CancellationToken.None);

        Assert.Contains(expected, call.Reply);
    }
}
