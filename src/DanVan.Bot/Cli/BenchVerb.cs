using System.CommandLine;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>bench e2e|startup|memory</c>: the benchmarks that need the bot's Telegram host. Retrieval, ingestion and the
/// Lucene.Net peer are in the benchmarks project (<c>dotnet run -c Release --project bench/DanVan.Benchmarks</c>),
/// which also builds the corpora these run on. Run by hand; not tests.
/// </summary>
internal static class BenchVerb
{
    public static Command Create()
    {
        var folder = new Option<string>("--data") { Description = "Where corpora are kept (built by bench/DanVan.Benchmarks).", DefaultValueFactory = _ => "data/bench" };
        var bench = new Command("bench", "Đo hiệu năng qua Telegram (chạy tay, không phải kiểm thử).");
        foreach (var command in BenchBotVerbs.Create(folder))
        {
            bench.Subcommands.Add(command);
        }

        return bench;
    }
}
