using DanVan.Core.Documents;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Storage;

public sealed class KnowledgeStoreTests
{
    // Two passages: the text given, then one naming the key.
    private static PreparedDocument Document(string key, string text, string? title = null) =>
        new(key, null, "test", "hash-" + key + text.Length, new DocumentMetadata(title ?? "Tài liệu " + key, "Báo Hưng Yên", new DateOnly(2021, 3, 8), "Hưng Yên"),
            [new Chunk(0, "Phần một", text), new Chunk(1, null, "Đoạn thứ hai của tài liệu " + key + ".")]);

    [Fact]
    public async Task Write_Batch_StoresEveryDocumentWholeAndSearchable()
    {
        using var services = new CoreServices();
        var store = services.Get<KnowledgeStore>();
        var documents = Enumerable.Range(0, 20).Select(i => Document($"d{i}", $"Xã mẫu số {1000 + i} làm dân vận khéo.")).ToList();

        var ids = store.Write(documents);

        Assert.Equal(20, ids.Distinct().Count());
        var listed = store.List();
        Assert.Equal(ids, listed.Select(d => d.Id));
        Assert.All(listed, d => Assert.Equal(2, d.Passages));
        var found = await services.Get<Retriever>().SearchAsync("xã mẫu số 1007");
        Assert.Equal("Tài liệu d7", found.Passages[0].Title);
    }

    [Fact]
    public void Write_Batch_AddsOneIndexSegmentNotOnePerDocument()
    {
        using var services = new CoreServices();
        var documents = Enumerable.Range(0, 20).Select(i => Document($"d{i}", $"Xã mẫu số {1000 + i} làm dân vận khéo.")).ToList();

        services.Get<KnowledgeStore>().Write(documents);

        using var connection = services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(DISTINCT segid) FROM passage_terms_idx";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public async Task Write_BatchReplacingStoredDocuments_LeavesOnlyTheNewVersions()
    {
        using var services = new CoreServices();
        var store = services.Get<KnowledgeStore>();
        store.Write([Document("a", "Xã Tân Hưng tập huấn."), Document("b", "Xã Tân Phú tập huấn.")]);

        store.Write([Document("a", "Phường Hòa Bình hội nghị.", "Bản mới a"), Document("c", "Xã Tân Lộc tập huấn.")]);

        Assert.Equal(["b", "a", "c"], store.List().Select(d => d.SourceKey));
        Assert.DoesNotContain((await services.Get<Retriever>().SearchAsync("Tân Hưng")).Passages, p => p.Text.Contains("Tân Hưng", StringComparison.Ordinal));
        Assert.Equal("Bản mới a", (await services.Get<Retriever>().SearchAsync("Hòa Bình")).Passages[0].Title);
    }

    [Fact]
    public async Task Write_SameKeyTwiceInABatch_KeepsTheLast()
    {
        using var services = new CoreServices();
        var store = services.Get<KnowledgeStore>();

        var ids = store.Write([Document("a", "Xã Tân Hưng tập huấn.", "Bản cũ"), Document("a", "Phường Hòa Bình hội nghị.", "Bản mới")]);

        var stored = Assert.Single(store.List());
        Assert.Equal(ids[1], stored.Id);
        Assert.Equal("Bản mới", stored.Title);
        Assert.Equal("Bản mới", (await services.Get<Retriever>().SearchAsync("Hòa Bình")).Passages[0].Title);
        Assert.DoesNotContain((await services.Get<Retriever>().SearchAsync("Tân Hưng")).Passages, p => p.Text.Contains("Tân Hưng", StringComparison.Ordinal));
    }
}
