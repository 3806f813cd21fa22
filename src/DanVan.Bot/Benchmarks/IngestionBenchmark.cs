using System.Diagnostics;
using System.Text;
using DanVan.Core.Ingestion;

namespace DanVan.Bot.Benchmarks;

/// <summary>Ingestion throughput over generated Markdown files: bytes and passages per second, database size per source MB.</summary>
internal static class IngestionBenchmark
{
    public sealed record Result(long SourceBytes, int Files, int Passages, TimeSpan Elapsed, long DatabaseBytes);

    /// <summary>Writes about <paramref name="megabytes"/> MB of Markdown documents into <paramref name="folder"/>.</summary>
    public static async Task<long> GenerateFilesAsync(CorpusGenerator generator, string folder, int megabytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        long written = 0;
        for (var index = 0; written < megabytes * 1024L * 1024; index++)
        {
            var (metadata, chunks) = generator.Document(index, passages: 16);
            var text = new StringBuilder()
                .Append("---\ntitle: \"").Append(metadata.Title).Append("\"\nprovince: \"").Append(metadata.Province)
                .Append("\"\npublished: ").Append(metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\n---\n\n");
            foreach (var chunk in chunks)
            {
                if (chunk.Section is not null)
                {
                    text.Append("## ").Append(chunk.Section).Append("\n\n");
                }

                text.Append(chunk.Text).Append("\n\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            await File.WriteAllBytesAsync(Path.Combine(folder, $"doc-{index:D6}.md"), bytes, cancellationToken);
            written += bytes.Length;
        }

        return written;
    }

    public static async Task<Result> RunAsync(IngestionPipeline pipeline, string folder, string databasePath, CancellationToken cancellationToken)
    {
        var files = KnowledgeSync.EnumerateDocuments(folder).ToList();
        long bytes = 0;
        var passages = 0;
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            bytes += content.Length;
            var result = await pipeline.IngestAsync(content, file, "bench:" + Path.GetFileName(file), null, "bench", false, cancellationToken);
            passages += result.Passages;
        }

        watch.Stop();
        var databaseBytes = new[] { "", "-wal" }.Select(s => new FileInfo(databasePath + s)).Where(f => f.Exists).Sum(f => f.Length);
        return new Result(bytes, files.Count, passages, watch.Elapsed, databaseBytes);
    }
}
