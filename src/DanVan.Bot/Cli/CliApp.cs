using System.CommandLine;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary>The command line: one executable, one verb per file under Cli/.</summary>
internal static class CliApp
{
    /// <summary>Columns assumed when output goes to a pipe or file: wide enough that no table is ever cut.</summary>
    internal const int UnboundedWidth = 4096;

    public static async Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.InputEncoding = System.Text.Encoding.UTF8;
        if (Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns when it cannot ask a terminal, and would wrap or cut tables written to a pipe or
            // file; there, nothing limits the width, so rows stay whole (one line each) for grep and spreadsheets.
            AnsiConsole.Profile.Width = UnboundedWidth;
        }

        var root = new RootCommand("DanVan.Bot — trợ lý hỏi đáp công tác dân vận, trả lời từ tài liệu đã lập chỉ mục.")
        {
            RunVerb.Create(),
            AskVerb.Create(),
            ChatVerb.Create(),
            IngestVerb.Create(),
            DocsVerb.CreateList(),
            DocsVerb.CreateRemove(),
            ConvertVerb.Create(),
            EvalVerb.Create(),
            CoursesVerb.Create(),
            DigestVerb.Create(),
            QuestionsVerb.Create(),
            StatsVerb.Create(),
            BackupVerb.CreateBackup(),
            BackupVerb.CreateRestore(),
            HealthVerb.Create(),
            UpdatesVerb.Create(),
        };

        // `run` is the default verb: with no verb the worker starts.
        root.SetAction((_, ct) => RunVerb.ExecuteAsync(ct));
        var parse = root.Parse(args);

        // Ctrl-C/SIGTERM cancel the verb's token; the default 2 s grace could cut the bot's clean stop (confirming the offset) short.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
    }
}
