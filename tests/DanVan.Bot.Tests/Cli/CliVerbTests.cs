using DanVan.Bot.Cli;
using DanVan.Bot.Tests.Courses;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;
using Spectre.Console;

namespace DanVan.Bot.Tests.Cli;

public sealed class CliVerbTests : CoursesTestBase
{
    private readonly StringWriter _out = new();
    private readonly IAnsiConsole _console;

    public CliVerbTests()
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        _console.Profile.Width = 200;
    }

    private string Output => _out.ToString();

    [Fact]
    public async Task CoursesAddThenList_ShowsCourseWithIdAndVietnameseDates()
    {
        var added = await CoursesVerb.AddAsync(Host.Services, _console, "2026-11-24..2026-11-26", "Lớp bồi dưỡng", "Hội trường", null, null, null, CancellationToken.None);
        var listed = await CoursesVerb.ListAsync(Host.Services, _console, all: false, CancellationToken.None);

        Assert.Equal((0, 0), (added, listed));
        Assert.Contains("Đã thêm lớp học #1: Lớp bồi dưỡng (Thứ Ba, 24/11/2026 – Thứ Năm, 26/11/2026, Hội trường)", Output);
        Assert.Contains("│ #1 │", Output);
        Assert.Equal("cli", (await Courses.ListAsync())[0].Origin);
    }

    [Fact]
    public async Task CoursesAdd_BadRange_ErrorAndExitCode()
    {
        var code = await CoursesVerb.AddAsync(Host.Services, _console, "2026-11-26..2026-11-24", "Lớp", null, null, null, null, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("Lỗi: Ngày kết thúc 24/11/2026 đứng trước ngày bắt đầu 26/11/2026.", Output);
        Assert.Empty(await Courses.ListAsync());
    }

    [Fact]
    public async Task CoursesImport_BadRows_PrintsLineNumbersAndExitCodeTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"danvan-cli-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "start_date,title\n2026-11-24,Lớp A\nngày mai,Lớp B\n");
        try
        {
            var code = await CoursesVerb.ImportAsync(Host.Services, _console, path, CancellationToken.None);

            Assert.Equal(2, code);
            Assert.Contains("Đã nhập 1 lớp học mới; 0 dòng đã có trong lịch (bỏ qua); 1 dòng lỗi.", Output);
            Assert.Contains("Dòng 3: Ngày bắt đầu: Không hiểu ngày “ngày mai”", Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task CoursesSuggestionsThenAccept_CourseOnCalendar()
    {
        var suggestion = (await Host.Get<CourseSuggestionStore>().AddAsync(3, "Tin tập huấn", new CourseCandidate(
            "Lớp tập huấn", Today.AddDays(3), null, false, "…", "Hà Nam", null, null, "…")))!;

        await CoursesVerb.SuggestionsAsync(Host.Services, _console, all: false, CancellationToken.None);
        var accepted = await CoursesVerb.DecideAsync(Host.Services, _console, suggestion.Id, accept: true, CancellationToken.None);
        var again = await CoursesVerb.DecideAsync(Host.Services, _console, suggestion.Id, accept: true, CancellationToken.None);

        Assert.Contains("Lớp tập huấn", Output);
        Assert.Contains("chờ xác nhận", Output);
        Assert.Equal((0, 1), (accepted, again));
        Assert.Contains($"Đã xác nhận gợi ý #{suggestion.Id}: lớp học #", Output);
        Assert.Contains("đã được xử lý trước đó (đã xác nhận, bởi cli)", Output);
        Assert.Single(await Courses.ListAsync());
    }

    [Fact]
    public async Task DigestPreview_DateWithCourses_PlainTextOfThatDaysDigest()
    {
        await Courses.AddAsync(new NewCourse("Lớp <A>", new DateOnly(2026, 12, 2), null, "Hội trường", "test"));

        var code = await DigestVerb.PreviewAsync(Host.Services, _console, "2026-12-01", html: false, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("Bản tin Thứ Ba, 01/12/2026, gửi lúc 07:00 (giờ Việt Nam) tới 0 cuộc trò chuyện", Output);
        Assert.Contains("Lớp <A>", Output);
        Assert.Contains("(ngày mai)", Output);
        Assert.DoesNotContain("<b>", Output);
    }

    [Fact]
    public async Task DigestPreview_NoDate_UsesTodayInConfiguredZone()
    {
        var code = await DigestVerb.PreviewAsync(Host.Services, _console, null, html: false, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("Thứ Ba, 24/11/2026: không có lớp học nào", Output);
    }

    [Fact]
    public async Task DigestPreview_BadDate_Error()
    {
        Assert.Equal(1, await DigestVerb.PreviewAsync(Host.Services, _console, "32/13/2026", html: false, CancellationToken.None));
        Assert.Contains("Lỗi --date", Output);
    }
}
