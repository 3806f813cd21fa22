using System.CommandLine;

namespace DanVan.Bot.Cli;

/// <summary>The command line: one executable, one verb per file under Cli/.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.InputEncoding = System.Text.Encoding.UTF8;

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
            BenchVerb.Create(),
            CoursesVerb.Create(),
            DigestVerb.Create(),
        };

        // `run` is the default verb: with no verb the worker starts.
        root.SetAction((_, ct) => RunVerb.ExecuteAsync(ct));
        var parse = root.Parse(args);

        // Ctrl-C/SIGTERM cancel the verb's token; the default 2 s grace could cut the bot's clean stop (confirming the offset) short.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
    }
}
