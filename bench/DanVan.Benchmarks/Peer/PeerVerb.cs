using System.CommandLine;
using System.Globalization;
using DanVan.Benchmarks.Corpus;
using DanVan.Benchmarks.Retrieval;
using DanVan.Benchmarks.Shared;
using DanVan.Core.Evaluation;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using Microsoft.Extensions.Options;

namespace DanVan.Benchmarks.Peer;

/// <summary>
/// <c>peer --sizes 10000,100000</c>: ours beside raw FTS5 and Lucene.Net (BM25, diacritic folding, syllable shingles)
/// on the same passages: the synthetic corpus plus the knowledge and the dev-set documents, as <c>eval --corpus</c>
/// sees it (data/bench/peer-{size}.db, and its Lucene index in data/bench/lucene-{size}).
/// </summary>
internal static class PeerVerb
{
    private const string DevSetDocs = "tests/DevSet/docs";

    public static Command Create(Option<string> folder)
    {
        var sizes = new Option<string>("--sizes") { Description = "Corpus sizes in passages, comma-separated.", DefaultValueFactory = _ => "10000,100000" };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the questions.", DefaultValueFactory = _ => 1 };
        var command = new Command("peer", "Ours, raw FTS5 and Lucene.Net side by side: p50/p95 latency and hit@1/hit@3.") { sizes, folder, rounds };
        command.SetAction((parse, ct) => RunAsync(RetrievalVerb.Sizes(parse.GetValue(sizes)!), parse.GetValue(folder)!, parse.GetValue(rounds), ct));
        return command;
    }

    private static async Task<int> RunAsync(IEnumerable<int> sizes, string folder, int rounds, CancellationToken cancellationToken)
    {
        var items = Evaluator.Load(RetrievalVerb.DevSet);
        var questions = BenchQuestions.Load(RetrievalVerb.DevSet);
        // BenchQuestions starts with the dev set's questions, in order; the template questions after them have no expected document.
        var expected = questions.Select((q, i) => i < items.Count && items[i].Question == q ? items[i].ExpectedSource : null).ToList();
        foreach (var size in sizes)
        {
            if (await EnsureDatabaseAsync(folder, size, cancellationToken) is not { } database)
            {
                return 1;
            }

            await using var host = await BenchHost.OpenAsync(database, syncKnowledge: false, cancellationToken);
            if (host is null)
            {
                return 1;
            }

            var connections = host.Get<SqliteConnectionFactory>();
            var index = Path.GetFullPath(Path.Combine(folder, $"lucene-{size}"));
            using var lucene = LucenePeer.Open(connections, index, Console.WriteLine);
            var options = host.Get<IOptions<RetrievalOptions>>().Value;
            var result = await PeerBenchmark.RunAsync(host.Get<Retriever>(), connections, lucene, options.Candidates, options.TopK, questions, expected, rounds, cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"peer @ {size} synthetic passages + knowledge + dev-set documents [{BenchFiles.MachineLine()}], {questions.Count} questions × {rounds}, hit@k over {result.Ours.Judged} with an expected document, documents of the first {options.TopK} passages; database {new FileInfo(database).Length / 1048576.0:0} MB, Lucene index {LucenePeer.FolderMegabytes(index):0} MB; first query (vocabulary load) {result.FirstQueryMs:0} ms"));
            foreach (var engine in new[] { result.Ours, result.Raw, result.Lucene })
            {
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {engine.Name,-10} {engine.Latency}; hit@1 {engine.HitAt1:0.000}, hit@3 {engine.HitAt3:0.000}"));
            }
        }

        return 0;
    }

    /// <summary>data/bench/peer-{size}.db: a copy of the corpus with the knowledge synced and the dev-set documents ingested, built once.</summary>
    private static async Task<string?> EnsureDatabaseAsync(string folder, int size, CancellationToken cancellationToken)
    {
        var database = Path.GetFullPath(Path.Combine(folder, $"peer-{size}.db"));
        var ready = database + ".ready";
        if (File.Exists(ready))
        {
            return database;
        }

        if (await CorpusBuilder.EnsureAsync(folder, size, cancellationToken) is not { } corpus)
        {
            return null;
        }

        BenchFiles.Delete(database);
        var copy = BenchFiles.Copy(corpus, folder, "peer-building");
        foreach (var suffix in new[] { string.Empty, "-wal" }.Where(s => File.Exists(copy + s)))
        {
            File.Move(copy + suffix, database + suffix);
        }

        await using (var host = await BenchHost.OpenAsync(database, syncKnowledge: true, cancellationToken))
        {
            if (host is null)
            {
                return null;
            }

            // As eval does: the dev set's own documents beside the knowledge.
            var pipeline = host.Get<IngestionPipeline>();
            foreach (var file in KnowledgeSync.EnumerateDocuments(DevSetDocs))
            {
                var key = KnowledgeSync.RelativeKey(file);
                await pipeline.IngestAsync(await File.ReadAllBytesAsync(file, cancellationToken), file, key, key, "eval", false, cancellationToken);
            }
        }

        await File.WriteAllTextAsync(ready, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
        return database;
    }
}
