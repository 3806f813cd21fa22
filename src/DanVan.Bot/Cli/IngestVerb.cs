using System.CommandLine;
using System.Globalization;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>ingest PATH... [--dry-run]</c>: files or folders through the same pipeline as Telegram uploads. Each file appears
/// once, in the summary table (the pipeline's own "rejected" log line is silenced here); the progress bar is shown only
/// on an interactive terminal, so piped output holds no stale progress lines.
/// </summary>
internal static class IngestVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục cần nạp.", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ cho biết sẽ thay đổi gì, không ghi vào chỉ mục." };
        var command = new Command("ingest", $"Nạp tài liệu ({DocumentFormats.List}) vào chỉ mục.") { paths, dryRun };
        command.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(paths) ?? [], parse.GetValue(dryRun), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(string[] paths, bool dryRun, CancellationToken cancellationToken)
    {
        await using var context = await CliContext.CreateAsync(syncKnowledge: false, cancellationToken,
            b => b.Logging.AddFilter(typeof(IngestionPipeline).FullName, LogLevel.Error));
        if (context is null)
        {
            return 1;
        }

        var files = new List<string>();
        var results = new List<IngestResult>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(KnowledgeSync.EnumerateDocuments(path));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                results.Add(new IngestResult(path, IngestStatus.Failed, Reason: "Không tìm thấy tệp hoặc thư mục."));
            }
        }

        var pipeline = context.Get<IngestionPipeline>();
        var maxBytes = context.Get<IOptions<IngestionOptions>>().Value.MaxFileBytes;
        async Task RunAsync(Action advance)
        {
            if (!dryRun)
            {
                var sources = files.Select(file => new IngestSource(file, KnowledgeSync.RelativeKey(file), KnowledgeSync.RelativeKey(file),
                    token => ReadLimitedAsync(file, maxBytes, token))).ToList();
                results.AddRange(await pipeline.IngestManyAsync(sources, "cli", _ => advance(), cancellationToken));
                return;
            }

            foreach (var file in files)
            {
                results.Add(await IngestFileAsync(pipeline, file, maxBytes, dryRun, cancellationToken));
                advance();
            }
        }

        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(dryRun ? "Kiểm tra" : "Nạp tài liệu", maxValue: Math.Max(1, files.Count));
                    await RunAsync(() => task.Increment(1));
                });
        }
        else
        {
            await RunAsync(() => { });
        }

        PrintSummary(results, dryRun);
        return results.Any(r => r.Status == IngestStatus.Failed) ? 1 : 0;
    }

    private static Task<byte[]> ReadLimitedAsync(string file, long maxBytes, CancellationToken cancellationToken)
    {
        var info = new FileInfo(file);
        return info.Length > maxBytes
            ? throw new DocumentFormatException(DocumentReaderRegistry.TooLargeMessage(info.Name, info.Length, maxBytes))
            : File.ReadAllBytesAsync(file, cancellationToken);
    }

    private static async Task<IngestResult> IngestFileAsync(IngestionPipeline pipeline, string file, long maxBytes, bool dryRun, CancellationToken cancellationToken)
    {
        var info = new FileInfo(file);
        if (info.Length > maxBytes)
        {
            return new IngestResult(info.Name, IngestStatus.Failed,
                Reason: DocumentReaderRegistry.TooLargeMessage(info.Name, info.Length, maxBytes));
        }

        var key = KnowledgeSync.RelativeKey(file);
        var content = await File.ReadAllBytesAsync(file, cancellationToken);
        return await pipeline.IngestAsync(content, file, key, key, "cli", dryRun, cancellationToken);
    }

    private static void PrintSummary(List<IngestResult> results, bool dryRun)
    {
        var table = new Table().AddColumns("Tệp", "Trạng thái", "Số đoạn", "Lý do");
        foreach (var result in results)
        {
            var status = result.Status switch
            {
                IngestStatus.Added => dryRun ? "[green]sẽ thêm[/]" : "[green]đã thêm[/]",
                IngestStatus.Updated => dryRun ? "[yellow]sẽ thay[/]" : "[yellow]đã thay[/]",
                IngestStatus.Unchanged => "không đổi",
                _ => "[red]lỗi[/]",
            };
            table.AddRow(Markup.Escape(result.FileName), status, result.Passages.ToString(CultureInfo.InvariantCulture), Markup.Escape(result.Reason ?? string.Empty));
        }

        AnsiConsole.Write(table);
        var color = results.Any(r => r.Status == IngestStatus.Failed) ? "red" : "green";
        AnsiConsole.MarkupLine($"[{color}]{Markup.Escape(SummaryLine(results, dryRun))}[/]");
    }

    /// <summary>"5 tệp: 2 đã thêm, 1 đã thay, 1 không đổi, 1 lỗi." (with "sẽ" for a dry run).</summary>
    internal static string SummaryLine(IReadOnlyCollection<IngestResult> results, bool dryRun)
    {
        int Count(IngestStatus status) => results.Count(r => r.Status == status);
        var will = dryRun ? "sẽ " : "đã ";
        return string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} tệp: {Count(IngestStatus.Added)} {will}thêm, {Count(IngestStatus.Updated)} {will}thay, " +
            $"{Count(IngestStatus.Unchanged)} không đổi, {Count(IngestStatus.Failed)} lỗi.");
    }
}
