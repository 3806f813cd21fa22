using DanVan.Bot.Cli;
using DanVan.Bot.Tests.Courses;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Courses;
using DanVan.Core.Documents;
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
    public async Task CoursesSuggestions_CourseAlreadyOver_HiddenUnlessAll()
    {
        var store = Host.Get<CourseSuggestionStore>();
        await store.AddAsync(3, "Tin cũ", new CourseCandidate("Lớp đã học xong", Today.AddDays(-10), Today.AddDays(-8), false, "…", null, null, null, "…"));
        await store.AddAsync(3, "Tin", new CourseCandidate("Lớp đang học", Today.AddDays(-1), Today, false, "…", null, null, null, "…"));

        await CoursesVerb.SuggestionsAsync(Host.Services, _console, all: false, CancellationToken.None);
        var current = Output;
        await CoursesVerb.SuggestionsAsync(Host.Services, _console, all: true, CancellationToken.None);

        Assert.Contains("Lớp đang học", current);
        Assert.DoesNotContain("Lớp đã học xong", current);
        Assert.Contains("Lớp đã học xong", Output[current.Length..]);
    }

    [Fact]
    public async Task CoursesAdd_MissingTitle_ShowsTheCliSyntaxNotTheTelegramCommand()
    {
        var code = await CoursesVerb.AddAsync(Host.Services, _console, "2026-11-24", "  ", null, null, null, null, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("Thiếu tiêu đề lớp học", Output);
        Assert.Contains("Cú pháp: courses add YYYY-MM-DD", Output);
        Assert.DoesNotContain("/addcourse", Output);
        Assert.DoesNotContain("dấu |", Output);
    }

    [Fact]
    public async Task RemoveDocument_DropsItsPendingSuggestions_AcceptedCourseKeepsReadableSource()
    {
        var documentId = Host.Get<DanVan.Core.Storage.KnowledgeStore>().Replace("tin.md", null, "cli", "h1",
            new DocumentMetadata("Tin tập huấn Hà Nam", null, null, null), [new Chunk(0, null, "Lớp tập huấn.")]);
        var store = Host.Get<CourseSuggestionStore>();
        var pending = (await store.AddAsync(documentId, "Tin tập huấn Hà Nam", new CourseCandidate("Lớp chờ", Today.AddDays(3), null, false, "…", null, null, null, "…")))!;
        var accepted = (await store.AddAsync(documentId, "Tin tập huấn Hà Nam", new CourseCandidate("Lớp nhận", Today.AddDays(5), null, false, "…", null, null, null, "…")))!;
        await store.AcceptAsync(accepted.Id, "cli");

        Assert.True(await Host.Get<DanVan.Core.Ingestion.IKnowledgeAdmin>().RemoveDocumentAsync(documentId));

        Assert.Null(await store.GetAsync(pending.Id));
        Assert.Equal(SuggestionStatus.Accepted, (await store.GetAsync(accepted.Id))!.Status);
        await CoursesVerb.ListAsync(Host.Services, _console, all: false, CancellationToken.None);
        Assert.Contains($"document:{documentId} (đã xoá: Tin tập huấn Hà Nam)", Output);
    }

    private async Task<long> Asked(string question, DanVan.Core.Answering.AnswerOutcome outcome, params string[] documents)
    {
        var sources = documents.Select((title, i) => new DanVan.Core.Answering.AnswerSource(i + 1, 100 + title.Length, 1000 + i, title, null, null, null, null, 1, "…")).ToList();
        var answer = new DanVan.Core.Answering.Answer(question, "…", outcome == DanVan.Core.Answering.AnswerOutcome.Answered, sources) { Outcome = outcome };
        return await Host.Get<DanVan.Core.Questions.QuestionLog>().RecordAsync(answer, "telegram");
    }

    [Fact]
    public async Task QuestionsUnanswered_GroupsTheSameQuestionWithCountAndLastDate()
    {
        await Asked("Giá vàng hôm nay?", DanVan.Core.Answering.AnswerOutcome.None);
        Clock.Advance(TimeSpan.FromDays(1));
        await Asked("gia vang hom nay", DanVan.Core.Answering.AnswerOutcome.None);
        await Asked("Lớp ở Hà Nam học mấy ngày?", DanVan.Core.Answering.AnswerOutcome.Answered, "Tin Hà Nam");

        var code = await QuestionsVerb.UnansweredAsync(Host.Services, _console, 20, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Matches(@"│ 2 +│ 25/11/2026 10:00 │ gia vang hom nay", Output);
        Assert.DoesNotContain("Hà Nam", Output);
    }

    [Fact]
    public async Task Stats_SharesPerOutcomeDocumentsAndVotes()
    {
        var id = await Asked("Lớp ở Hà Nam học mấy ngày?", DanVan.Core.Answering.AnswerOutcome.Answered, "Tin Hà Nam");
        await Asked("Hà Nam có bao nhiêu học viên?", DanVan.Core.Answering.AnswerOutcome.Related, "Tin Hà Nam");
        await Asked("Giá vàng?", DanVan.Core.Answering.AnswerOutcome.None);
        await Host.Get<DanVan.Core.Questions.QuestionLog>().VoteAsync(id, 5, 1);

        var code = await StatsVerb.ExecuteAsync(Host.Services, _console, 7, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("Thống kê 7 ngày, 18/11/2026 – 24/11/2026 (giờ Việt Nam): 3 câu hỏi.", Output);
        Assert.Contains("Trả lời được:                     1 (33,3 %)", Output);
        Assert.Matches(@"│ 24/11/2026 │ 3 +│", Output);
        Assert.Matches(@"│ #110 Tin Hà Nam +│ 2 +│", Output);
        Assert.Contains("👍 1, 👎 0", Output);
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
