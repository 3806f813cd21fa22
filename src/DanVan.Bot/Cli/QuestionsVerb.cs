using System.CommandLine;
using System.Globalization;
using DanVan.Core.Courses;
using DanVan.Core.Questions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary><c>questions unanswered [--limit N]</c> and <c>questions purge</c>: the question log kept by the bot.</summary>
internal static class QuestionsVerb
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "Số nhóm câu hỏi tối đa.", DefaultValueFactory = _ => 20 };
        var unanswered = new Command("unanswered", "Các câu hỏi tài liệu chưa trả lời được (hoặc bị đánh giá 👎), gộp khi hỏi cùng một điều.") { limit };
        unanswered.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => UnansweredAsync(services, console, parse.GetValue(limit), token), ct));

        var purge = new Command("purge", "Xoá ngay các câu hỏi cũ hơn Questions:RetentionDays ngày (bot cũng tự làm việc này mỗi ngày).");
        purge.SetAction((_, ct) => VerbRunner.RunAsync(PurgeAsync, ct));

        return new Command("questions", "Câu hỏi đã được hỏi bot: những câu chưa trả lời được, xoá câu hỏi cũ.") { unanswered, purge };
    }

    internal static async Task<int> UnansweredAsync(IServiceProvider services, IAnsiConsole console, int limit, CancellationToken cancellationToken)
    {
        if (limit < 1)
        {
            console.WriteLine("Lỗi: --limit phải là số nguyên dương, ví dụ: questions unanswered --limit 20");
            return 1;
        }

        var groups = await services.GetRequiredService<UnansweredReport>().ListAsync(limit, cancellationToken);
        if (groups.Count == 0)
        {
            console.WriteLine("Chưa có câu hỏi nào mà tài liệu không trả lời được.");
            return 0;
        }

        var zone = services.GetRequiredService<DigestSchedule>().Zone;
        var table = new Table().AddColumns("Số lần", "Lần cuối", "Câu hỏi (cách hỏi gần nhất)", "Nhóm theo", "Từ chối", "👎");
        foreach (var group in groups)
        {
            table.AddRow(
                new Text(group.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(TimeZoneInfo.ConvertTime(group.LastAsked, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
                new Text(group.Example),
                new Text(group.MissingDocument ? "tài liệu còn thiếu: " + group.Key : group.Key),
                new Text(group.Declined.ToString(CultureInfo.InvariantCulture)),
                new Text(group.DownVoted.ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        console.WriteLine("Nạp tài liệu trả lời các câu này bằng lệnh ingest, rồi xem lại.");
        return 0;
    }

    internal static async Task<int> PurgeAsync(IServiceProvider services, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var days = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<QuestionLogOptions>>().Value.RetentionDays;
        var purged = await services.GetRequiredService<QuestionLog>().PurgeAsync(cancellationToken);
        console.WriteLine($"Đã xoá {purged} câu hỏi cũ hơn {days} ngày (cùng nguồn trích dẫn và đánh giá của chúng).");
        return 0;
    }
}
