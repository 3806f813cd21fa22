using System.CommandLine;
using System.Globalization;
using DanVan.Core.Ingestion;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>docs</c> lists indexed documents (<c>--coverage</c>: which recommended documents are loaded); <c>remove ID</c>
/// deletes one with its passages.
/// </summary>
internal static class DocsVerb
{
    public static Command CreateList()
    {
        var coverage = new Option<bool>("--coverage") { Description = "Văn bản nên nạp trước: văn bản nào đã có trong kho, văn bản nào còn thiếu, theo chủ đề." };
        var command = new Command("docs", "Liệt kê tài liệu đã lập chỉ mục.") { coverage };
        command.SetAction(async (parse, ct) =>
        {
            await using var context = await CliContext.CreateAsync(syncKnowledge: true, ct);
            if (context is null)
            {
                return 1;
            }

            if (parse.GetValue(coverage))
            {
                return CoverageView.Write(context.Services, AnsiConsole.Console);
            }

            var documents = await context.Get<IKnowledgeAdmin>().ListDocumentsAsync(ct);
            var table = new Table().AddColumns("ID", "Tiêu đề", "Đoạn", "Ngày thêm", "Nguồn gốc");
            foreach (var document in documents)
            {
                table.AddRow(
                    document.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(document.Title),
                    document.Passages.ToString(CultureInfo.InvariantCulture),
                    document.AddedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(document.Path ?? document.SourceKey));
            }

            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{documents.Count} tài liệu, {documents.Sum(d => d.Passages)} đoạn.");
            return 0;
        });
        return command;
    }

    public static Command CreateRemove()
    {
        var id = new Argument<long>("id") { Description = "ID tài liệu (xem bằng lệnh docs)." };
        var command = new Command("remove", "Xoá một tài liệu và mọi đoạn của nó.") { id };
        command.SetAction(async (parse, ct) =>
        {
            await using var context = await CliContext.CreateAsync(syncKnowledge: false, ct);
            if (context is null)
            {
                return 1;
            }

            var documentId = parse.GetValue(id);
            if (await context.Get<IKnowledgeAdmin>().RemoveDocumentAsync(documentId, ct))
            {
                await Console.Out.WriteLineAsync($"Đã xoá tài liệu #{documentId}.");
                return 0;
            }

            await Console.Error.WriteLineAsync($"Không có tài liệu #{documentId}.");
            return 1;
        });
        return command;
    }
}
