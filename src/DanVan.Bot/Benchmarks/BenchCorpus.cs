using System.Diagnostics;
using System.Globalization;
using DanVan.Bot.Cli;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Benchmarks;

/// <summary>Synthetic corpus databases under the bench folder (data/bench/corpus-{size}.db), built once and reused.</summary>
internal static class BenchCorpus
{
    public static string PathOf(string folder, int size) => Path.GetFullPath(Path.Combine(folder, $"corpus-{size}.db"));

    /// <summary>Builds the corpus of <paramref name="size"/> passages unless it exists; returns its path (null when the host could not start).</summary>
    public static async Task<string?> EnsureAsync(string folder, int size, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var database = PathOf(folder, size);
        await using var context = await CliContext.CreateAsync(syncKnowledge: false, cancellationToken,
            b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database }));
        if (context is null)
        {
            return null;
        }

        var store = context.Get<KnowledgeStore>();
        if (store.List().Count == 0)
        {
            var generator = await CorpusGenerator.FromFolderAsync(context.Get<IOptions<KnowledgeOptions>>().Value.Path, context.Get<DocumentReaderRegistry>(), cancellationToken);
            var watch = Stopwatch.StartNew();
            generator.Populate(store, size);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"built {size} passages in {watch.Elapsed.TotalSeconds:0.0} s ({new FileInfo(database).Length / 1048576.0:0} MB)"));
        }

        return database;
    }

    /// <summary>A private copy of a corpus database (the bot writes its Telegram state into the file it runs on).</summary>
    public static string Copy(string database, string folder, string label)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = Path.GetFullPath(Path.Combine(folder, $"{label}-{Guid.NewGuid():N}.db"));
        File.Copy(database, copy);
        if (File.Exists(database + "-wal"))
        {
            File.Copy(database + "-wal", copy + "-wal");
        }

        return copy;
    }

    public static void Delete(string database)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }
}
