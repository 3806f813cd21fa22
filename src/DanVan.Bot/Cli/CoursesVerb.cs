using System.CommandLine;
using DanVan.Bot.Courses;
using DanVan.Core.Courses;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary><c>courses</c>: add, list, remove, import FILE, suggestions, accept ID, dismiss ID.</summary>
internal static class CoursesVerb
{
    internal const string AddSyntax = "courses add YYYY-MM-DD[..YYYY-MM-DD] \"Tiêu đề\" [--location \"Địa điểm\"] [--audience …] [--organiser …] [--notes …]";

    public static Command Create()
    {
        var command = new Command("courses", "Lịch lớp học: thêm, xem, xóa, nhập từ tệp CSV/JSON, duyệt gợi ý lấy từ tài liệu.");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRemove());
        command.Subcommands.Add(CreateImport());
        command.Subcommands.Add(CreateSuggestions());
        command.Subcommands.Add(CreateDecision("accept", "Xác nhận một gợi ý: đưa lớp học vào lịch.", accept: true));
        command.Subcommands.Add(CreateDecision("dismiss", "Bỏ qua một gợi ý.", accept: false));
        return command;
    }

    private static Command CreateAdd()
    {
        var dates = new Argument<string>("dates") { Description = "Ngày học: YYYY-MM-DD hoặc YYYY-MM-DD..YYYY-MM-DD (dd/mm/yyyy cũng được)." };
        var title = new Argument<string>("title") { Description = "Tiêu đề lớp học." };
        var location = new Option<string?>("--location") { Description = "Địa điểm." };
        var audience = new Option<string?>("--audience") { Description = "Đối tượng học viên." };
        var organiser = new Option<string?>("--organiser") { Description = "Đơn vị tổ chức." };
        var notes = new Option<string?>("--notes") { Description = "Ghi chú." };
        var command = new Command("add", "Thêm một lớp học.") { dates, title, location, audience, organiser, notes };
        command.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => AddAsync(
            services, console, parse.GetValue(dates), parse.GetValue(title), parse.GetValue(location),
            parse.GetValue(audience), parse.GetValue(organiser), parse.GetValue(notes), token), ct));
        return command;
    }

    private static Command CreateList()
    {
        var all = new Option<bool>("--all") { Description = "Cả các lớp đã kết thúc." };
        var command = new Command("list", "Xem các lớp học chưa kết thúc (hoặc tất cả với --all).") { all };
        command.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => ListAsync(services, console, parse.GetValue(all), token), ct));
        return command;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<long>("id") { Description = "Số của lớp học (xem bằng courses list)." };
        var command = new Command("remove", "Xóa một lớp học.") { id };
        command.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => RemoveAsync(services, console, parse.GetValue(id), token), ct));
        return command;
    }

    private static Command CreateImport()
    {
        var file = new Argument<string>("file") { Description = $"Tệp .csv hoặc .json, cột: {CourseFileReader.ColumnList}." };
        var command = new Command("import", "Nhập lớp học từ tệp CSV hoặc JSON (nhập lại cùng tệp không tạo bản trùng).") { file };
        command.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => ImportAsync(services, console, parse.GetValue(file)!, token), ct));
        return command;
    }

    private static Command CreateSuggestions()
    {
        var all = new Option<bool>("--all") { Description = "Cả các gợi ý đã xác nhận, đã bỏ qua hoặc của lớp học đã kết thúc." };
        var command = new Command("suggestions", "Xem các lớp học chưa kết thúc tìm thấy trong tài liệu, đang chờ xác nhận.") { all };
        command.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => SuggestionsAsync(services, console, parse.GetValue(all), token), ct));
        return command;
    }

    private static Command CreateDecision(string name, string description, bool accept)
    {
        var id = new Argument<long>("id") { Description = "Số của gợi ý (xem bằng courses suggestions)." };
        var command = new Command(name, description) { id };
        command.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => DecideAsync(services, console, parse.GetValue(id), accept, token), ct));
        return command;
    }

    internal static async Task<int> AddAsync(
        IServiceProvider services, IAnsiConsole console, string? dates, string? title, string? location, string? audience,
        string? organiser, string? notes, CancellationToken cancellationToken)
    {
        if (!VietnameseDateParser.TryParseRange(dates, out var start, out var end, out var error)
            || !CourseInput.TryCreate(start, end, title, location, audience, organiser, notes, "cli", out var course, out error))
        {
            console.WriteLine($"Lỗi: {error}");
            console.WriteLine($"Cú pháp: {AddSyntax}");
            return 1;
        }

        var result = await services.GetRequiredService<CourseStore>().AddAsync(course!, cancellationToken);
        console.WriteLine(result.Created
            ? $"Đã thêm lớp học #{result.Course.Id}: {Line(result.Course)}"
            : $"Lớp học này đã có trong lịch (#{result.Course.Id}), không thêm lần nữa: {Line(result.Course)}");
        return 0;
    }

    internal static async Task<int> ListAsync(IServiceProvider services, IAnsiConsole console, bool all, CancellationToken cancellationToken)
    {
        var today = services.GetRequiredService<DigestSchedule>().LocalDate(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var courses = await services.GetRequiredService<CourseStore>().ListAsync(all ? null : today, cancellationToken);
        if (courses.Count == 0)
        {
            console.WriteLine(all ? "Lịch chưa có lớp học nào." : "Không có lớp học nào chưa kết thúc. Dùng --all để xem cả các lớp đã qua.");
            return 0;
        }

        var table = new Table().AddColumns("Số", "Thời gian", "Tiêu đề", "Địa điểm", "Nguồn");
        foreach (var c in courses)
        {
            table.AddRow(Cell($"#{c.Id}"), Cell(VietnameseDateFormat.FormatRange(c.StartDate, c.EndDate)), Cell(c.Title), Cell(c.Location), Cell(c.Origin));
        }

        console.Write(table);
        return 0;
    }

    internal static async Task<int> RemoveAsync(IServiceProvider services, IAnsiConsole console, long id, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<CourseStore>();
        var course = await store.GetAsync(id, cancellationToken);
        if (course is null || !await store.RemoveAsync(id, cancellationToken))
        {
            console.WriteLine($"Không có lớp học #{id}.");
            return 1;
        }

        console.WriteLine($"Đã xóa lớp học #{id}: {Line(course)}");
        return 0;
    }

    internal static async Task<int> ImportAsync(IServiceProvider services, IAnsiConsole console, string path, CancellationToken cancellationToken)
    {
        CourseImportReport report;
        try
        {
            report = await services.GetRequiredService<CourseImporter>().ImportAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is CourseImportException or IOException or UnauthorizedAccessException)
        {
            console.WriteLine($"Lỗi: {ex.Message}");
            return 1;
        }

        console.WriteLine($"Đã nhập {report.Added} lớp học mới; {report.Duplicates} dòng đã có trong lịch (bỏ qua); {report.Errors.Count} dòng lỗi.");
        foreach (var error in report.Errors)
        {
            console.WriteLine($"  Dòng {error.Line}: {error.Message}");
        }

        return report.Errors.Count == 0 ? 0 : 2;
    }

    internal static async Task<int> SuggestionsAsync(IServiceProvider services, IAnsiConsole console, bool all, CancellationToken cancellationToken)
    {
        var today = services.GetRequiredService<DigestSchedule>().LocalDate(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var suggestions = await services.GetRequiredService<CourseSuggestionStore>().ListAsync(all, today, cancellationToken);
        if (suggestions.Count == 0)
        {
            console.WriteLine(all ? "Chưa có gợi ý nào." : "Không có gợi ý nào đang chờ xác nhận cho lớp học chưa kết thúc. Dùng --all để xem cả các gợi ý khác.");
            return 0;
        }

        var table = new Table().AddColumns("Số", "Thời gian", "Tiêu đề", "Địa điểm", "Tài liệu", "Trạng thái");
        foreach (var s in suggestions)
        {
            var dates = s.MonthOnly ? $"tháng {s.StartDate.Month}/{s.StartDate.Year}" : VietnameseDateFormat.FormatRange(s.StartDate, s.EndDate);
            table.AddRow(Cell($"#{s.Id}"), Cell(dates), Cell(s.Title), Cell(s.Location), Cell(s.DocumentTitle ?? s.DocumentId?.ToString()), Cell(Status(s.Status)));
        }

        console.Write(table);
        console.WriteLine("Xác nhận: courses accept SỐ — bỏ qua: courses dismiss SỐ.");
        return 0;
    }

    internal static async Task<int> DecideAsync(IServiceProvider services, IAnsiConsole console, long id, bool accept, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<CourseSuggestionStore>();
        var decision = accept ? await store.AcceptAsync(id, "cli", cancellationToken) : await store.DismissAsync(id, "cli", cancellationToken);
        switch (decision)
        {
            case { Outcome: SuggestionOutcome.NotFound }:
                console.WriteLine($"Không có gợi ý #{id}.");
                return 1;
            case { Outcome: SuggestionOutcome.AlreadyDecided, Suggestion: { } s }:
                console.WriteLine($"Gợi ý #{id} đã được xử lý trước đó ({Status(s.Status)}{(s.DecidedBy is { } by ? $", bởi {by}" : string.Empty)}).");
                return 1;
            case { Course: { } course }:
                console.WriteLine($"Đã xác nhận gợi ý #{id}: lớp học #{course.Id} — {Line(course)}");
                return 0;
            default:
                console.WriteLine($"Đã bỏ qua gợi ý #{id}.");
                return 0;
        }
    }

    private static string Line(Course course) =>
        $"{course.Title} ({VietnameseDateFormat.FormatRange(course.StartDate, course.EndDate)}" +
        (course.Location is { } place ? $", {place})" : ")");

    private static Text Cell(string? text) => new(text ?? string.Empty);

    private static string Status(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Accepted => "đã xác nhận",
        SuggestionStatus.Dismissed => "đã bỏ qua",
        _ => "chờ xác nhận",
    };
}
