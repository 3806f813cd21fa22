using DanVan.Benchmarks.Shared;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// The synthetic corpus databases the Telegram benchmarks run on. They are built by the benchmarks project
/// (bench/DanVan.Benchmarks), which generates them from the knowledge; these benchmarks only open them.
/// </summary>
internal static class BenchCorpus
{
    /// <summary>The corpus of <paramref name="size"/> passages, or null (after saying how to build it) when it is missing.</summary>
    public static async Task<string?> EnsureAsync(string folder, int size, CancellationToken cancellationToken)
    {
        var database = BenchFiles.CorpusPath(folder, size);
        if (File.Exists(database))
        {
            return database;
        }

        await Console.Error.WriteLineAsync(
            $"No corpus of {size} passages at {database}. Build it first: dotnet run -c Release --project bench/DanVan.Benchmarks -- retrieval --sizes {size} --data {folder} --prepare-only");
        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }
}
