using System.CommandLine;
using System.Globalization;
using DanVan.Benchmarks.Corpus;
using DanVan.Benchmarks.Shared;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Storage;

namespace DanVan.Benchmarks.Ingestion;

/// <summary><c>ingest --mb 50 [--stages]</c>: ingestion throughput over generated Markdown, batched and one by one.</summary>
internal static class IngestVerb
{
    public static Command Create(Option<string> folder)
    {
        var megabytes = new Option<int>("--mb") { Description = "Megabytes of generated text.", DefaultValueFactory = _ => 50 };
        var stages = new Option<bool>("--stages") { Description = "Also time each pipeline stage on its own (a second pass into another database)." };
        var command = new Command("ingest", "Ingestion throughput (MB/s, passages/s) and database size per source MB.") { megabytes, folder, stages };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(megabytes), parse.GetValue(folder)!, parse.GetValue(stages), ct));
        return command;
    }

    private static async Task<int> RunAsync(int megabytes, string folder, bool stages, CancellationToken cancellationToken)
    {
        var files = Path.Combine(folder, $"ingest-{megabytes}mb");
        foreach (var oneByOne in new[] { false, true })
        {
            var database = Path.GetFullPath(Path.Combine(folder, $"ingest-{Guid.NewGuid():N}.db"));
            try
            {
                await using var host = await BenchHost.OpenAsync(database, syncKnowledge: false, cancellationToken);
                if (host is null)
                {
                    return 1;
                }

                if (!Directory.Exists(files))
                {
                    await IngestionBenchmark.GenerateFilesAsync(await CorpusBuilder.GeneratorAsync(host, cancellationToken), files, megabytes, cancellationToken);
                }

                var result = await IngestionBenchmark.RunAsync(host.Get<IngestionPipeline>(), files, database, oneByOne, cancellationToken);
                var mb = result.SourceBytes / 1048576.0;
                var seconds = result.Elapsed.TotalSeconds;
                var how = oneByOne ? "one by one (as uploads)" : "batched (as ingest FOLDER and the knowledge sync)";
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"ingest {mb:0.0} MB in {result.Files} files, {how} [{BenchFiles.MachineLine()}]: {seconds:0.0} s, {mb / seconds:0.00} MB/s, {result.Passages / seconds:0} passages/s ({result.Passages} passages), database {result.DatabaseBytes / 1048576.0:0} MB = {result.DatabaseBytes / (double)result.SourceBytes:0.00} × source"));
            }
            finally
            {
                BenchFiles.Delete(database);
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
            await using var host = await BenchHost.OpenAsync(database, syncKnowledge: false, cancellationToken);
            if (host is not null)
            {
                var line = await IngestionStages.ProfileAsync(host.Get<DocumentReaderRegistry>(), host.Get<KnowledgeStore>(),
                    host.Get<IEnumerable<IIngestionObserver>>(), files, cancellationToken);
                await Console.Out.WriteLineAsync("ingest stages: " + line);
            }
        }
        finally
        {
            BenchFiles.Delete(database);
        }
    }
}
