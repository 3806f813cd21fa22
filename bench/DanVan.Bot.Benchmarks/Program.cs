using System.CommandLine;
using DanVan.Bot.Benchmarks;

// The bot measured through the fake Bot API (tests/DanVan.Testing.BotApi) on 127.0.0.1, run by hand from the repository
// root (they read appsettings.json, knowledge/, the dev set and the corpora bench/DanVan.Benchmarks builds there):
// dotnet run -c Release --project bench/DanVan.Bot.Benchmarks -- e2e|startup|memory|soak …
Console.OutputEncoding = System.Text.Encoding.UTF8;
var folder = new Option<string>("--data") { Description = "Where corpora are kept (built by bench/DanVan.Benchmarks).", DefaultValueFactory = _ => "data/bench" };
var root = new RootCommand("DanVan.Bot's Telegram benchmarks against a fake Bot API: end to end, start-up, memory, crash soak. Not tests.");
foreach (var command in BotBenchVerbs.Create(folder))
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
