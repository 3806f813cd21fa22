using System.Text;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Core.Tests.Ingestion;

public sealed class IngestionPipelineTests
{
    private static byte[] Doc(string title, string body) => Encoding.UTF8.GetBytes($"---\ntitle: {title}\n---\n\n{body}\n");

    [Fact]
    public async Task IngestAsync_SameContentTwice_ChangesNothing()
    {
        using var services = new CoreServices();
        var admin = services.Get<IKnowledgeAdmin>();
        var first = await admin.IngestAsync(Doc("Tài liệu", "Lớp tập huấn dân vận khéo năm 2024."), "a.md", "test");
        var second = await admin.IngestAsync(Doc("Tài liệu", "Lớp tập huấn dân vận khéo năm 2024."), "a.md", "test");
        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Single(await admin.ListDocumentsAsync());
    }

    [Fact]
    public async Task IngestAsync_ChangedFileWithSameName_ReplacesOldVersion()
    {
        using var services = new CoreServices();
        var admin = services.Get<IKnowledgeAdmin>();
        await admin.IngestAsync(Doc("Quy chế", "Phiên bản cũ nói về hội nghị tiếp xúc cử tri."), "quy-che.md", "test");
        var updated = await admin.IngestAsync(Doc("Quy chế", "Phiên bản mới nói về phong trào thi đua."), "quy-che.md", "test");

        Assert.Equal(IngestStatus.Updated, updated.Status);
        var retriever = services.Get<Retriever>();
        Assert.Empty((await retriever.SearchAsync("tiếp xúc cử tri")).Passages);
        Assert.NotEmpty((await retriever.SearchAsync("phong trào thi đua")).Passages);
        Assert.Single(await admin.ListDocumentsAsync());
    }

    [Fact]
    public async Task RemoveDocumentAsync_DeletesDocumentAndPassages()
    {
        using var services = new CoreServices();
        var admin = services.Get<IKnowledgeAdmin>();
        var result = await admin.IngestAsync(Doc("Tạm", "Nội dung tạm thời về dân vận chính quyền."), "tam.md", "test");

        Assert.True(await admin.RemoveDocumentAsync(result.DocumentId!.Value));
        Assert.False(await admin.RemoveDocumentAsync(result.DocumentId!.Value));
        Assert.Empty(await admin.ListDocumentsAsync());
        Assert.Empty((await services.Get<Retriever>().SearchAsync("dân vận chính quyền")).Passages);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x0a, 0x20, 0x0a })]
    public async Task IngestAsync_NoText_FailsWithReasonAndStoresNothing(byte[] content)
    {
        using var services = new CoreServices();
        var admin = services.Get<IKnowledgeAdmin>();
        var result = await admin.IngestAsync(content, "trong.txt", "test");
        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Contains("trong.txt", result.Reason, StringComparison.Ordinal);
        Assert.Empty(await admin.ListDocumentsAsync());
    }

    [Fact]
    public async Task IngestAsync_OverSizeLimit_IsRefusedWithSizes()
    {
        using var services = new CoreServices(settings: new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "1024" });
        var result = await services.Get<IKnowledgeAdmin>().IngestAsync(new byte[4096], "lon.txt", "test");
        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Contains("vượt giới hạn", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_ObserverThrows_DocumentStaysIndexed()
    {
        using var services = new CoreServices(configure: s => s.AddSingleton<IIngestionObserver, ThrowingObserver>());
        var admin = services.Get<IKnowledgeAdmin>();
        var result = await admin.IngestAsync(Doc("Có quan sát", "Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11."), "quan-sat.md", "test");
        Assert.Equal(IngestStatus.Added, result.Status);
        Assert.Single(await admin.ListDocumentsAsync());
    }

    [Fact]
    public async Task IngestAsync_Observer_ReceivesCleanParagraphsAndMetadata()
    {
        var observer = new RecordingObserver();
        using var services = new CoreServices(configure: s => s.AddSingleton<IIngestionObserver>(observer));
        await services.Get<IKnowledgeAdmin>().IngestAsync(
            Encoding.UTF8.GetBytes("Tập huấn ở Hà Nam\n\nSáng 30/3, hội nghị tập huấn năm 2022 khai mạc.\n\nGửi cho bạn bè\n"), "hn.txt", "telegram:1");
        var document = Assert.Single(observer.Documents);
        Assert.Equal(new DateOnly(2022, 3, 30), document.Published);
        Assert.Equal("Hà Nam", document.Province);
        Assert.Equal("telegram:1", document.Origin);
        Assert.DoesNotContain(document.Paragraphs, p => p.Contains("Gửi cho bạn bè", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestManyAsync_MoreFilesThanABatch_ReportsEachInOrderAndStoresEachContentOnce()
    {
        var observer = new RecordingObserver();
        using var services = new CoreServices(configure: s => s.AddSingleton<IIngestionObserver>(observer));
        var files = Enumerable.Range(0, IngestionPipeline.BatchSize + 6)
            .Select(i => (Name: $"doc-{i:D3}.md", Content: Doc($"Lớp số {i}", $"Lớp bồi dưỡng dân vận số {i} ở xã thứ {i}.")))
            .ToList();
        files[3] = ("trong.txt", []);
        files[5] = ("ban-sao.md", files[4].Content);
        files[^1] = ("ban-sao-xa.md", files[1].Content);
        var heard = new List<string>();

        var results = await services.Get<IngestionPipeline>().IngestManyAsync(
            files.Select(f => new IngestSource(f.Name, "test:" + f.Name, null, _ => Task.FromResult(f.Content))).ToList(), "test", r => heard.Add(r.FileName), default);

        Assert.Equal(files.Select(f => f.Name), results.Select(r => r.FileName));
        Assert.Equal(files.Select(f => f.Name), heard);
        Assert.Equal(IngestStatus.Failed, results[3].Status);
        Assert.Equal(IngestStatus.Unchanged, results[5].Status);
        Assert.Equal(results[4].DocumentId, results[5].DocumentId);
        Assert.Equal(results[1].DocumentId, results[^1].DocumentId);
        var added = results.Where(r => r.Status == IngestStatus.Added).ToList();
        Assert.Equal(files.Count - 3, added.Count);
        Assert.Equal(added.Select(r => r.DocumentId), added.Select(r => r.DocumentId).Order());
        Assert.Equal(added.Select(r => r.DocumentId!.Value), observer.Documents.Select(d => d.DocumentId));
        Assert.Equal(added.Count, (await services.Get<IKnowledgeAdmin>().ListDocumentsAsync()).Count);
        Assert.NotEmpty((await services.Get<Retriever>().SearchAsync("xã thứ 67")).Passages);
    }

    [Fact]
    public async Task IngestManyAsync_NothingChanged_LeavesTheIndexGenerationAlone()
    {
        using var services = new CoreServices();
        var pipeline = services.Get<IngestionPipeline>();
        var sources = new[] { new IngestSource("a.md", "test:a", null, _ => Task.FromResult(Doc("A", "Dân vận khéo."))) };
        await pipeline.IngestManyAsync(sources, "test", null, default);
        var generation = Generation(services);

        var again = await pipeline.IngestManyAsync(sources, "test", null, default);

        Assert.Equal(IngestStatus.Unchanged, Assert.Single(again).Status);
        Assert.Equal(generation, Generation(services));
    }

    private static long Generation(CoreServices services)
    {
        using var connection = services.Get<DanVan.Core.Storage.SqliteConnectionFactory>().Open();
        return DanVan.Core.Storage.KnowledgeStore.ReadGeneration(connection);
    }

    private sealed class ThrowingObserver : IIngestionObserver
    {
        public Task OnDocumentIngestedAsync(IngestedDocument document, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("observer failure");
    }

    private sealed class RecordingObserver : IIngestionObserver
    {
        public List<IngestedDocument> Documents { get; } = [];

        public Task OnDocumentIngestedAsync(IngestedDocument document, CancellationToken cancellationToken)
        {
            Documents.Add(document);
            return Task.CompletedTask;
        }
    }
}
