using DanVan.Core.Ingestion;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Ingestion;

/// <summary>Sync keys are paths relative to the working directory, so these tests run inside the temp folder.</summary>
[Collection(WorkingDirectoryCollection.Name)]
public sealed class KnowledgeSyncTests
{
    [Fact]
    public async Task SyncAsync_UnchangedChangedAndDeletedFiles_AreHandled()
    {
        using var services = new CoreServices(knowledgePath: "knowledge");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(services.Directory.Path);
        try
        {
            Directory.CreateDirectory("knowledge/sub");
            await File.WriteAllTextAsync("knowledge/a.md", "# A\n\nVăn bản A về dân vận khéo.\n");
            await File.WriteAllTextAsync("knowledge/sub/b.md", "# B\n\nVăn bản B về quy chế dân chủ.\n");
            await File.WriteAllTextAsync("knowledge/courses.csv", "start_date,title\n");
            var sync = services.Get<KnowledgeSync>();

            var first = await sync.SyncAsync();
            Assert.Equal([IngestStatus.Added, IngestStatus.Added], first.Select(r => r.Status));

            var second = await sync.SyncAsync();
            Assert.All(second, r => Assert.Equal(IngestStatus.Unchanged, r.Status));

            await File.WriteAllTextAsync("knowledge/a.md", "# A\n\nVăn bản A đã sửa, nói về tiếp xúc cử tri.\n");
            File.Delete("knowledge/sub/b.md");
            var third = await sync.SyncAsync();

            var result = Assert.Single(third);
            Assert.Equal(IngestStatus.Updated, result.Status);
            var documents = await services.Get<IKnowledgeAdmin>().ListDocumentsAsync();
            var document = Assert.Single(documents);
            Assert.Equal("knowledge/a.md", document.Path);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "working directory";
}
