using System.CommandLine;
using System.Globalization;
using DanVan.Core.Courses;
using DanVan.Core.Questions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary><c>stats [--days N]</c>: questions per day, answered / related / declined shares, most cited documents, votes.</summary>
internal static class StatsVerb
{
    public static Command Create()
    {
        var days = new Option<int>("--days") { Description = "Số ngày gần nhất (kể cả hôm nay).", DefaultValueFactory = _ => 30 };
        var command = new Command("stats", "Thống kê sử dụng: câu hỏi mỗi ngày, tỉ lệ trả lời được, tài liệu được trích nhiều nhất, đánh giá.") { days };
        command.SetAction((parse, ct) => VerbRunner.RunAsync((services, console, token) => ExecuteAsync(services, console, parse.GetValue(days), token), ct));
        return command;
    }

    internal static async Task<int> ExecuteAsync(IServiceProvider services, IAnsiConsole console, int days, CancellationToken cancellationToken)
    {
        if (days is < 1 or > 3650)
        {
            console.WriteLine("Lỗi: --days phải từ 1 đến 3650, ví dụ: stats --days 30");
            return 1;
        }

        var schedule = services.GetRequiredService<DigestSchedule>();
        var report = await services.GetRequiredService<UsageStatistics>().GetAsync(days, schedule.Zone, cancellationToken: cancellationToken);
        console.WriteLine($"Thống kê {days} ngày, {Day(report.From)} – {Day(report.To)} ({schedule.ZoneLabel}): {report.Total} câu hỏi.");
        console.WriteLine($"  Trả lời được:                 {report.Answered,5} ({Percent(report.Share(report.Answered))})");
        console.WriteLine($"  Chỉ có tài liệu liên quan:    {report.Related,5} ({Percent(report.Share(report.Related))})");
        console.WriteLine($"  Không có trong tài liệu:      {report.Declined,5} ({Percent(report.Share(report.Declined))})");
        console.WriteLine($"  Đánh giá: 👍 {report.VotesUp}, 👎 {report.VotesDown}");

        var perDay = new Table().AddColumns("Ngày", "Câu hỏi");
        foreach (var day in report.Days.Where(d => d.Count > 0 || days <= 14))
        {
            perDay.AddRow(Day(day.Day), day.Count.ToString(CultureInfo.InvariantCulture));
        }

        if (perDay.Rows.Count > 0)
        {
            console.Write(perDay);
        }

        if (report.TopDocuments.Count > 0)
        {
            var documents = new Table().AddColumns("Tài liệu được trích nhiều nhất", "Số câu hỏi");
            foreach (var document in report.TopDocuments)
            {
                documents.AddRow(new Text($"#{document.DocumentId} {document.Title}"), new Text(document.Questions.ToString(CultureInfo.InvariantCulture)));
            }

            console.Write(documents);
        }

        return 0;
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " %";
}
