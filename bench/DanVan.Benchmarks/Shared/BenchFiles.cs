using System.Globalization;

namespace DanVan.Benchmarks.Shared;

/// <summary>
/// Where benchmark databases live (data/bench/corpus-{size}.db) and the machine line every result names. This project
/// builds the corpora; bench/DanVan.Bot.Benchmarks (the Telegram benchmarks) compiles this file too, linked.
/// </summary>
internal static class BenchFiles
{
    public static string CorpusPath(string folder, int size) => Path.GetFullPath(Path.Combine(folder, $"corpus-{size}.db"));

    public static string MachineLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0} GB, {DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}");

    /// <summary>A private copy of a database (a measured process writes into the file it runs on).</summary>
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
