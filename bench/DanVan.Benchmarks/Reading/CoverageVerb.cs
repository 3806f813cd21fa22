using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVan.Benchmarks.Corpus;
using DanVan.Benchmarks.Retrieval;
using DanVan.Benchmarks.Shared;
using DanVan.Core.Ingestion;
using DanVan.Core.Reading;
using DanVan.Core.Storage;

namespace DanVan.Benchmarks.Reading;

/// <summary>
/// <c>coverage --sizes 10000,100000</c>: how long the recommended reading list's coverage takes over a synthetic corpus —
/// computed from scratch, again after one ingestion (only new documents are matched), and from cache — and how long
/// finding the listed documents a question names takes (every answer pays that). Runs on a copy of each corpus, as it
/// ingests into it.
/// </summary>
internal static class CoverageVerb
{
    private const int Rounds = 3;

    public static Command Create(Option<string> folder)
    {
        var sizes = new Option<string>("--sizes") { Description = "Corpus sizes in passages, comma-separated.", DefaultValueFactory = _ => "10000,100000" };
        var command = new Command("coverage", "Recommended reading list: coverage from scratch, after an ingestion, cached; naming in questions.") { sizes, folder };
        command.SetAction((parse, ct) => RunAsync(RetrievalVerb.Sizes(parse.GetValue(sizes)!), parse.GetValue(folder)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(IEnumerable<int> sizes, string folder, CancellationToken cancellationToken)
    {
        foreach (var size in sizes)
        {
            if (await CorpusBuilder.EnsureAsync(folder, size, cancellationToken) is not { } corpus)
            {
                return 1;
            }

            var copy = Path.Combine(Path.GetTempPath(), $"danvan-coverage-{Guid.NewGuid():N}.db");
            File.Copy(corpus, copy);
            try
            {
                await using var host = await BenchHost.OpenAsync(copy, syncKnowledge: false, cancellationToken);
                if (host is null)
                {
                    return 1;
                }

                await Console.Out.WriteLineAsync(await MeasureAsync(host, size, cancellationToken));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(copy);
            }
        }

        return 0;
    }

    private static async Task<string> MeasureAsync(BenchHost host, int size, CancellationToken cancellationToken)
    {
        var connections = host.Get<SqliteConnectionFactory>();
        var list = host.Get<ReadingListProvider>();
        var documents = host.Get<KnowledgeStore>().List().Count;

        var scratch = Median(Enumerable.Range(0, Rounds).Select(_ => Time(() => new ReadingCoverage(connections, list).Report())));

        var coverage = new ReadingCoverage(connections, list);
        coverage.Report();
        var afterIngest = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var document = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: {900 + i}-NQ/TW\n\nVăn bản đo hiệu năng số {i}."));
            await host.Get<IKnowledgeAdmin>().IngestAsync(document, $"coverage-bench-{i}.txt", "bench", cancellationToken);
            afterIngest.Add(Time(() => coverage.Report()));
        }

        var cached = Time(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                coverage.Report();
            }
        }) / 1000;

        var questions = BenchQuestions.Load(RetrievalVerb.DevSet);
        var matcher = list.Current;
        var named = 0;
        var perQuestion = Time(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                foreach (var question in questions)
                {
                    named += matcher.MentionedIn(question).Count > 0 ? 1 : 0;
                }
            }
        }) * 1000 / (20.0 * questions.Count);

        return string.Create(CultureInfo.InvariantCulture,
            $"coverage @ {size} passages, {documents} documents [{BenchFiles.MachineLine()}]: from scratch {scratch:0} ms (median of {Rounds}); " +
            $"after one ingestion {Median(afterIngest):0.0} ms; cached {cached:0.000} ms; naming in questions {perQuestion:0.0} µs/question " +
            $"({named / 20} of {questions.Count} dev-set questions name a listed document)");
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
