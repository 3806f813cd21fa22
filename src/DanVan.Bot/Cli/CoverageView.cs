using System.Globalization;
using DanVan.Core.Reading;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary><c>docs --coverage</c>: the recommended documents by topic, each loaded (with the indexed document) or missing.</summary>
internal static class CoverageView
{
    public static int Write(IServiceProvider services, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(console);
        var report = services.GetRequiredService<ReadingCoverage>().Report();
        foreach (var (topic, entries) in report.Topics)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(topic)}[/]") { Justification = Justify.Left });
            var table = new Table().AddColumns("", "Văn bản", "Số", "Ngày", "Cơ quan ban hành", "Trong kho");
            foreach (var entry in entries)
            {
                var document = entry.Document;
                table.AddRow(
                    entry.IsLoaded ? "[green]✓[/]" : "[red]✗[/]",
                    Markup.Escape(document.Title) + (document.Note is { } note ? "\n[dim]" + Markup.Escape(note) + "[/]" : string.Empty),
                    Markup.Escape(document.Number ?? "—"),
                    Markup.Escape(document.DisplayDate ?? "—"),
                    Markup.Escape(document.Issuer ?? "—"),
                    entry.IsLoaded
                        ? Markup.Escape(string.Join("; ", entry.LoadedAs.Select(d => string.Create(CultureInfo.InvariantCulture, $"#{d.Id} {d.Title}"))))
                        : "[red]chưa có[/]");
            }

            console.Write(table);
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Đã có {report.LoadedCount}/{report.Entries.Count} văn bản nên nạp. Danh mục bổ sung của quản trị viên: {report.AdminPath}"));
        foreach (var problem in report.Problems)
        {
            console.MarkupLine("[yellow]Cảnh báo:[/] " + Markup.Escape(problem));
        }

        return 0;
    }
}
