using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Storage;
using DanVan.Core.Text;

namespace DanVan.Benchmarks.Ingestion;

/// <summary>
/// Where ingestion time goes: the pipeline's stages run one by one over the same files (into their own database), each
/// timed. Index preparation is timed on its own, and also inside "store", which prepares it again as it writes.
/// </summary>
internal static class IngestionStages
{
    public static async Task<string> ProfileAsync(DocumentReaderRegistry readers, KnowledgeStore store, IEnumerable<IIngestionObserver> observers,
        string folder, CancellationToken cancellationToken)
    {
        var stages = new Dictionary<string, Stopwatch>();
        T Time<T>(string stage, Func<T> work)
        {
            if (!stages.TryGetValue(stage, out var watch))
            {
                stages[stage] = watch = new Stopwatch();
            }

            watch.Start();
            try
            {
                return work();
            }
            finally
            {
                watch.Stop();
            }
        }

        foreach (var file in KnowledgeSync.EnumerateDocuments(folder))
        {
            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            var name = Path.GetFileName(file);
            var hash = Time("hash + look-ups", () => (Convert.ToHexStringLower(SHA256.HashData(content)), store.FindBySourceKey(name), store.FindByHash(name)).Item1);
            var parsed = await Time("read", () => readers.ReadAsync(content, name, cancellationToken));
            var cleaned = Time("clean", () => DocumentCleaner.Clean(parsed));
            var metadata = Time("metadata", () => MetadataExtractor.Extract(parsed, cleaned, name));
            var chunks = Time("chunk", () => Chunker.Split(cleaned.Blocks));
            Time("index text (also in store)", () => chunks.Sum(c => IndexText.Terms(c.Text).Length));
            var id = Time("store", () => store.Replace("stages:" + name, null, "bench", hash, metadata, chunks));
            var document = new IngestedDocument(id, metadata.Title, name, metadata.Published, metadata.Province, "bench", cleaned.Blocks.Select(b => b.Text).ToList());
            foreach (var observer in observers)
            {
                await Time("observer " + observer.GetType().Name, () => observer.OnDocumentIngestedAsync(document, cancellationToken));
            }
        }

        var total = stages.Values.Sum(s => s.Elapsed.TotalSeconds);
        return string.Join("; ", stages.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Key} {s.Value.Elapsed.TotalSeconds:0.00} s ({s.Value.Elapsed.TotalSeconds / total:P0})")));
    }
}
