using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.TestDoubles;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Retrieval;

public sealed class VectorSearchTests : IDisposable
{
    private const string Model = "topic-model";
    private readonly EmbeddingTestDatabase _db = new();
    private readonly IOptions<LlmOptions> _options = Options.Create(new LlmOptions { Provider = LlmProvider.OpenAI, EmbeddingModel = Model });

    public void Dispose() => _db.Dispose();

    private async Task IndexAsync()
    {
        using var indexer = new EmbeddingIndexer(_db.Connections, new TestEmbeddingGenerator(TopicVectors.Embed), _options, new CollectingLogger<EmbeddingIndexer>());
        await indexer.IndexPendingAsync();
    }

    [Fact]
    public async Task SearchAsync_QueryVector_NearestPassageFirstWithCosineScores()
    {
        var ids = _db.AddDocument("Sổ tay", "hòa giải ở cơ sở", "đoàn thanh niên", "hội phụ nữ", "hội nông dân");
        await IndexAsync();
        var search = new VectorSearch(_db.Connections, _options);

        var results = await search.SearchAsync(TopicVectors.Embed("vai trò của hội phụ nữ"), k: 2);

        Assert.Equal(2, results.Count);
        Assert.Equal(ids[2], results[0].PassageId);
        Assert.True(results[0].Score > 0.99);
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public async Task SearchAsync_KLargerThanStored_ReturnsAllSorted()
    {
        _db.AddDocument("Sổ tay", "hòa giải hòa giải thanh niên", "thanh niên", "hòa giải");
        await IndexAsync();
        var search = new VectorSearch(_db.Connections, _options);

        var results = await search.SearchAsync(TopicVectors.Embed("hòa giải"), k: 10);

        Assert.Equal(3, results.Count);
        Assert.Equal(results.OrderByDescending(r => r.Score).Select(r => r.PassageId), results.Select(r => r.PassageId));
    }

    [Fact]
    public async Task SearchAsync_StoredSetUnchanged_LoadsOnceAndReloadsWhenVectorsAdded()
    {
        _db.AddDocument("Sổ tay", "hòa giải");
        await IndexAsync();
        var search = new VectorSearch(_db.Connections, _options);

        await search.SearchAsync(TopicVectors.Embed("thanh niên"), 5);
        await search.SearchAsync(TopicVectors.Embed("thanh niên"), 5);
        Assert.Equal(1, search.LoadCount);

        var added = _db.AddDocument("Tài liệu thanh niên", "đoàn thanh niên xung kích");
        await IndexAsync();
        var results = await search.SearchAsync(TopicVectors.Embed("thanh niên"), 5);

        Assert.Equal(2, search.LoadCount);
        Assert.Equal(added[0], results[0].PassageId);
    }

    [Fact]
    public async Task SearchAsync_OtherModelsVectors_Ignored()
    {
        _db.AddDocument("Sổ tay", "hòa giải");
        await IndexAsync();
        var search = new VectorSearch(_db.Connections, Options.Create(new LlmOptions { Provider = LlmProvider.OpenAI, EmbeddingModel = "another-model" }));

        Assert.Empty(await search.SearchAsync(TopicVectors.Embed("hòa giải"), 5));
    }

    [Fact]
    public async Task SearchAsync_QueryOfOtherDimension_NoMatches()
    {
        _db.AddDocument("Sổ tay", "hòa giải");
        await IndexAsync();
        var search = new VectorSearch(_db.Connections, _options);

        Assert.Empty(await search.SearchAsync(new float[] { 1f, 0f }, 5));
    }
}
