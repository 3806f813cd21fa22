using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DanVan.Bot.Benchmarks;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Cli;

/// <summary>
/// <c>bench retrieval --sizes 1000,10000</c>: builds (or reuses) synthetic corpora and reports retrieval latency,
/// ours beside raw FTS5. Results name the corpus size, the machine and the date. Run by hand; not a test.
/// </summary>
internal static class BenchVerb
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Corpus sizes in passages, comma-separated.", DefaultValueFactory = _ => "1000,10000,100000" };
        var folder = new Option<string>("--data") { Description = "Where corpora are kept (reused between runs).", DefaultValueFactory = _ => "data/bench" };
        var slowest = new Option<int>("--slowest") { Description = "Also list this many slowest questions with their FTS5 expressions.", DefaultValueFactory = _ => 0 };
        var prepareOnly = new Option<bool>("--prepare-only") { Description = "Only build the corpora (or bring them to the current index format), without measuring." };
        var retrieval = new Command("retrieval", "Độ trễ truy hồi: của ta so với FTS5 thuần.") { sizes, folder, slowest, prepareOnly };
        retrieval.SetAction((parse, ct) => RetrievalAsync(parse.GetValue(sizes)!, parse.GetValue(folder)!, parse.GetValue(slowest), parse.GetValue(prepareOnly), ct));
        var megabytes = new Option<int>("--mb") { Description = "Megabytes of generated text.", DefaultValueFactory = _ => 50 };
        var stages = new Option<bool>("--stages") { Description = "Also time each pipeline stage on its own (a second pass into another database)." };
        var ingest = new Command("ingest", "Tốc độ nạp tài liệu (MB/s, đoạn/s).") { megabytes, folder, stages };
        ingest.SetAction((parse, ct) => IngestAsync(parse.GetValue(megabytes), parse.GetValue(folder)!, parse.GetValue(stages), ct));
        var bench = new Command("bench", "Đo hiệu năng (chạy tay, không phải kiểm thử).") { retrieval, ingest };
        foreach (var command in BenchBotVerbs.Create(folder))
        {
            bench.Subcommands.Add(command);
        }

        return bench;
    }

    internal static string MachineLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0} GB, {DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}");

    private static async Task<int> IngestAsync(int megabytes, string folder, bool stages, CancellationToken cancellationToken)
    {
        var files = Path.Combine(folder, $"ingest-{megabytes}mb");
        foreach (var oneByOne in new[] { false, true })
        {
            var database = Path.GetFullPath(Path.Combine(folder, $"ingest-{Guid.NewGuid():N}.db"));
            try
            {
                await using var context = await CliContext.CreateAsync(syncKnowledge: false, cancellationToken,
                    b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database }));
                if (context is null)
                {
                    return 1;
                }

                if (!Directory.Exists(files))
                {
                    var generator = await CorpusGenerator.FromFolderAsync(context.Get<IOptions<DanVan.Core.Ingestion.KnowledgeOptions>>().Value.Path, context.Get<DocumentReaderRegistry>(), cancellationToken);
                    await IngestionBenchmark.GenerateFilesAsync(generator, files, megabytes, cancellationToken);
                }

                var result = await IngestionBenchmark.RunAsync(context.Get<DanVan.Core.Ingestion.IngestionPipeline>(), files, database, oneByOne, cancellationToken);
                var mb = result.SourceBytes / 1048576.0;
                var seconds = result.Elapsed.TotalSeconds;
                var how = oneByOne ? "one by one (as uploads)" : "batched (as ingest FOLDER and the knowledge sync)";
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"ingest {mb:0.0} MB in {result.Files} files, {how} [{MachineLine()}]: {seconds:0.0} s, {mb / seconds:0.00} MB/s, {result.Passages / seconds:0} passages/s ({result.Passages} passages), database {result.DatabaseBytes / 1048576.0:0} MB = {result.DatabaseBytes / (double)result.SourceBytes:0.00} × source"));
            }
            finally
            {
                BenchCorpus.Delete(database);
            }
        }

        if (stages)
        {
            await ProfileStagesAsync(files, folder, cancellationToken);
        }

        return 0;
    }

    private static async Task ProfileStagesAsync(string files, string folder, CancellationToken cancellationToken)
    {
        var database = Path.GetFullPath(Path.Combine(folder, $"stages-{Guid.NewGuid():N}.db"));
        try
        {
            await using var context = await CliContext.CreateAsync(syncKnowledge: false, cancellationToken,
                b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database }));
            if (context is not null)
            {
                var line = await IngestionStages.ProfileAsync(context.Get<DocumentReaderRegistry>(), context.Get<KnowledgeStore>(),
                    context.Get<IEnumerable<DanVan.Core.Ingestion.IIngestionObserver>>(), files, cancellationToken);
                await Console.Out.WriteLineAsync("ingest stages: " + line);
            }
        }
        finally
        {
            BenchCorpus.Delete(database);
        }
    }

    private static async Task<int> RetrievalAsync(string sizes, string folder, int slowest, bool prepareOnly, CancellationToken cancellationToken)
    {
        foreach (var size in sizes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
        {
            if (await BenchCorpus.EnsureAsync(folder, size, cancellationToken) is not { } database)
            {
                return 1;
            }

            await using var context = await CliContext.CreateAsync(syncKnowledge: false, cancellationToken,
                b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database }));
            if (context is null)
            {
                return 1;
            }

            if (prepareOnly)
            {
                // Opening the corpus applied migrations and re-indexed it if its format was older; warm the vocabulary snapshot too.
                context.Get<VocabularyCache>().Get();
                continue;
            }

            var questions = BenchQuestions.Load("tests/DevSet/devset.json");
            var result = await RetrievalBenchmark.RunAsync(context.Get<Retriever>(), context.Get<SqliteConnectionFactory>(),
                context.Get<IOptions<RetrievalOptions>>().Value.Candidates, questions, cancellationToken);
            var (ours, raw) = (result.Ours, result.Raw);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"retrieval @ {size} passages [{MachineLine()}]: ours {ours}; raw FTS5 {raw}; ratio ours/raw p50 {ours.P50 / raw.P50:0.00}, p95 {ours.P95 / raw.P95:0.00}; first query (vocabulary load) {result.FirstQueryMs:0} ms"));
            foreach (var sample in result.Samples.OrderByDescending(s => s.OursMs).Take(slowest))
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {sample.OursMs,7:0.0} ms (raw {sample.RawMs,7:0.0} ms)  {sample.Question}\n      {sample.Expression}{(sample.ByRecency ? "  [newest first]" : "")}"));
            }
        }

        return 0;
    }
}
