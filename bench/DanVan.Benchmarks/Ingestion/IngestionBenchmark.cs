using System.Diagnostics;
using System.Text;
using DanVan.Benchmarks.Corpus;
using DanVan.Core.Ingestion;

namespace DanVan.Benchmarks.Ingestion;

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

    /// <summary>Ingests every file of the folder as <c>ingest FOLDER</c> does (batched), or one by one as uploads are.</summary>
    public static async Task<Result> RunAsync(IngestionPipeline pipeline, string folder, string databasePath, bool oneByOne, CancellationToken cancellationToken)
    {
        var files = KnowledgeSync.EnumerateDocuments(folder).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var watch = Stopwatch.StartNew();
        IReadOnlyList<IngestResult> results;
        if (oneByOne)
        {
            var list = new List<IngestResult>(files.Count);
            foreach (var file in files)
            {
                var content = await File.ReadAllBytesAsync(file, cancellationToken);
                list.Add(await pipeline.IngestAsync(content, file, "bench:" + Path.GetFileName(file), null, "bench", false, cancellationToken));
            }

            results = list;
        }
        else
        {
            var sources = files.Select(f => new IngestSource(f, "bench:" + Path.GetFileName(f), null, token => File.ReadAllBytesAsync(f, token))).ToList();
            results = await pipeline.IngestManyAsync(sources, "bench", progress: null, cancellationToken);
        }

        watch.Stop();
        var databaseBytes = new[] { "", "-wal" }.Select(s => new FileInfo(databasePath + s)).Where(f => f.Exists).Sum(f => f.Length);
        return new Result(bytes, files.Count, results.Sum(r => r.Passages), watch.Elapsed, databaseBytes);
    }
}
