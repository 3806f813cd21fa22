using System.CommandLine;
using System.Globalization;
using DanVan.Benchmarks.Corpus;
using DanVan.Benchmarks.Shared;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using Microsoft.Extensions.Options;

namespace DanVan.Benchmarks.Retrieval;

/// <summary>
/// <c>retrieval --sizes 1000,10000</c>: builds (or reuses) synthetic corpora and reports retrieval latency, ours beside
/// raw FTS5. Results name the corpus size, the machine and the date.
/// </summary>
internal static class RetrievalVerb
{
    public const string DevSet = "tests/DevSet/devset.json";

    public static Command Create(Option<string> folder)
    {
        var sizes = new Option<string>("--sizes") { Description = "Corpus sizes in passages, comma-separated.", DefaultValueFactory = _ => "1000,10000,100000" };
        var slowest = new Option<int>("--slowest") { Description = "Also list this many slowest questions with their FTS5 expressions.", DefaultValueFactory = _ => 0 };
        var prepareOnly = new Option<bool>("--prepare-only") { Description = "Only build the corpora (or bring them to the current index format), without measuring." };
        var command = new Command("retrieval", "Retrieval latency: the whole retrieve step beside raw FTS5 on the same terms.") { sizes, folder, slowest, prepareOnly };
        command.SetAction((parse, ct) => RunAsync(Sizes(parse.GetValue(sizes)!), parse.GetValue(folder)!, parse.GetValue(slowest), parse.GetValue(prepareOnly), ct));
        return command;
    }

    public static IEnumerable<int> Sizes(string sizes) =>
        sizes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    private static async Task<int> RunAsync(IEnumerable<int> sizes, string folder, int slowest, bool prepareOnly, CancellationToken cancellationToken)
    {
        foreach (var size in sizes)
        {
            if (await CorpusBuilder.EnsureAsync(folder, size, cancellationToken) is not { } database)
            {
                return 1;
            }

            await using var host = await BenchHost.OpenAsync(database, syncKnowledge: false, cancellationToken);
            if (host is null)
            {
                return 1;
            }

            if (prepareOnly)
            {
                // Opening the corpus applied migrations and re-indexed it if its format was older; warm the vocabulary snapshot too.
                host.Get<VocabularyCache>().Get();
                continue;
            }

            var questions = BenchQuestions.Load(DevSet);
            var result = await RetrievalBenchmark.RunAsync(host.Get<Retriever>(), host.Get<SqliteConnectionFactory>(),
                host.Get<IOptions<RetrievalOptions>>().Value.Candidates, questions, cancellationToken);
            var (ours, raw) = (result.Ours, result.Raw);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"retrieval @ {size} passages [{BenchFiles.MachineLine()}]: ours {ours}; raw FTS5 {raw}; ratio ours/raw p50 {ours.P50 / raw.P50:0.00}, p95 {ours.P95 / raw.P95:0.00}; first query (vocabulary load) {result.FirstQueryMs:0} ms"));
            foreach (var sample in result.Samples.OrderByDescending(s => s.OursMs).Take(slowest))
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {sample.OursMs,7:0.0} ms (raw {sample.RawMs,7:0.0} ms)  {sample.Question}\n      {sample.Expression}{(sample.ByRecency ? "  [newest first]" : "")}"));
            }
        }

        return 0;
    }
}
