using DanVan.Core.Answering;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Support;

/// <summary>One database with the bundled knowledge and the dev-set documents, shared by a test class.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    // Source keys are relative to the process-wide working directory, and test classes build their fixtures in
    // parallel: one at a time, or one fixture restores the directory while another is still computing keys.
    private static readonly Lock WorkingDirectoryLock = new();

    public KnowledgeFixture()
    {
        Services = new CoreServices(RepoPaths.Knowledge);
        lock (WorkingDirectoryLock)
        {
            Load();
        }
    }

    private void Load()
    {
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

    /// <summary>The extractive composer's answer to a question over the passages the retriever finds for it.</summary>
    public async Task<Answer> ComposeAsync(string question)
    {
        var result = await Services.Get<Retriever>().SearchAsync(question);
        return await Services.Get<ExtractiveAnswerComposer>().ComposeAsync(question, result.Passages);
    }

    public void Dispose() => Services.Dispose();
}
