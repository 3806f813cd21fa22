using System.Diagnostics;
using System.Globalization;
using DanVan.Benchmarks.Shared;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Storage;
using Microsoft.Extensions.Options;

namespace DanVan.Benchmarks.Corpus;

/// <summary>Synthetic corpus databases under the bench folder (data/bench/corpus-{size}.db), built once and reused.</summary>
internal static class CorpusBuilder
{
    /// <summary>Builds the corpus of <paramref name="size"/> passages unless it exists; returns its path (null when the host could not start).</summary>
    public static async Task<string?> EnsureAsync(string folder, int size, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var database = BenchFiles.CorpusPath(folder, size);
        await using var host = await BenchHost.OpenAsync(database, syncKnowledge: false, cancellationToken);
        if (host is null)
        {
            return null;
        }

        var store = host.Get<KnowledgeStore>();
        if (store.List().Count == 0)
        {
            var generator = await GeneratorAsync(host, cancellationToken);
            var watch = Stopwatch.StartNew();
            generator.Populate(store, size);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"built {size} passages in {watch.Elapsed.TotalSeconds:0.0} s ({new FileInfo(database).Length / 1048576.0:0} MB)"));
        }

        return database;
    }

    /// <summary>The generator over the configured knowledge folder's sentences.</summary>
    public static Task<CorpusGenerator> GeneratorAsync(BenchHost host, CancellationToken cancellationToken) =>
        CorpusGenerator.FromFolderAsync(host.Get<IOptions<KnowledgeOptions>>().Value.Path, host.Get<DocumentReaderRegistry>(), cancellationToken);
}
