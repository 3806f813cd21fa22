using DanVan.Core.Ingestion;

namespace DanVan.Core.Tests.Support;

/// <summary>One database with the bundled knowledge and the dev-set documents, shared by a test class.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    public KnowledgeFixture()
    {
        Services = new CoreServices(RepoPaths.Knowledge);
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(RepoPaths.Root);
        try
        {
            Services.Get<KnowledgeSync>().SyncAsync().GetAwaiter().GetResult();
            var pipeline = Services.Get<IngestionPipeline>();
            foreach (var file in KnowledgeSync.EnumerateDocuments(RepoPaths.DevSetDocs))
            {
                var key = KnowledgeSync.RelativeKey(file);
                var result = pipeline.IngestAsync(File.ReadAllBytes(file), file, key, key, "eval", false, CancellationToken.None).GetAwaiter().GetResult();
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(result.Reason);
                }
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    public CoreServices Services { get; }

    public void Dispose() => Services.Dispose();
}
