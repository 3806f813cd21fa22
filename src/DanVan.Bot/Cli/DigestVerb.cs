using System.CommandLine;
using DanVan.Bot.Courses;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Courses;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary><c>digest --preview [--date YYYY-MM-DD] [--html]</c>: prints the digest that would be sent that day.</summary>
internal static class DigestVerb
{
    public static Command Create()
    {
        var preview = new Option<bool>("--preview") { Description = "In ra bản tin sẽ được gửi (không gửi gì)." };
        var date = new Option<string?>("--date") { Description = "Ngày cần xem, YYYY-MM-DD hoặc dd/mm/yyyy (mặc định: hôm nay theo Digest:TimeZone)." };
        var html = new Option<bool>("--html") { Description = "In đúng nội dung HTML gửi lên Telegram." };
        var command = new Command("digest", "Bản tin lớp học hằng ngày (được gửi tự động khi bot chạy).") { preview, date, html };
        command.SetAction((parse, ct) => parse.GetValue(preview)
            ? VerbRunner.RunAsync((services, console, token) => PreviewAsync(services, console, parse.GetValue(date), parse.GetValue(html), token), ct)
            : NeedPreviewAsync());
        return command;
    }

    internal static async Task<int> PreviewAsync(IServiceProvider services, IAnsiConsole console, string? dateText, bool html, CancellationToken cancellationToken)
    {
        var schedule = services.GetRequiredService<DigestSchedule>();
        DateOnly day;
        if (string.IsNullOrWhiteSpace(dateText))
        {
            day = schedule.LocalDate(services.GetRequiredService<TimeProvider>().GetUtcNow());
        }
        else if (!VietnameseDateParser.TryParseDate(dateText, out day, out var error))
        {
            console.WriteLine($"Lỗi --date: {error}");
            return 1;
        }

        var courses = await services.GetRequiredService<CourseStore>().ListCurrentAsync(day, schedule.DaysAhead, cancellationToken);
        var text = DigestHtmlFormatter.FormatDigest(CourseDigest.For(courses, day, schedule.DaysAhead));
        var chats = (await services.GetRequiredService<SubscriptionStore>().ListAsync(cancellationToken)).Count;
        if (text is null)
        {
            console.WriteLine($"{VietnameseDateFormat.Format(day)}: không có lớp học nào đang diễn ra hay bắt đầu trong " +
                              $"{schedule.DaysAhead} ngày tới, nên không gửi bản tin ({chats} cuộc trò chuyện đã đăng ký).");
            return 0;
        }

        console.WriteLine($"Bản tin {VietnameseDateFormat.Format(day)}, gửi lúc {schedule.Time:HH\\:mm} ({schedule.ZoneLabel}) " +
                          $"tới {chats} cuộc trò chuyện đã đăng ký:");
        console.WriteLine();
        console.WriteLine(html ? text : TelegramHtml.ToPlainText(text));
        return 0;
    }

    private static async Task<int> NeedPreviewAsync()
    {
        await Console.Error.WriteLineAsync(
            "Bản tin được gửi tự động khi bot chạy (lệnh run). Dùng `digest --preview [--date YYYY-MM-DD]` để xem trước nội dung.");
        return 1;
    }
}
