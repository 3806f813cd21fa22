using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.TestDoubles;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Retrieval;

public sealed class EmbeddingIndexerTests : IDisposable
{
    private readonly EmbeddingTestDatabase _db = new();
    private readonly TestEmbeddingGenerator _generator = new(TopicVectors.Embed);

    public void Dispose() => _db.Dispose();

    private EmbeddingIndexer Create(string model = "topic-model", int batchSize = 2) =>
        new(_db.Connections, _generator, Options.Create(new LlmOptions { Provider = LlmProvider.OpenAI, EmbeddingModel = model }),
            new CollectingLogger<EmbeddingIndexer>())
        { BatchSize = batchSize };

    [Fact]
    public async Task IndexPendingAsync_FivePassages_EmbedsInBatchesAndStoresNormalizedVectors()
    {
        var ids = _db.AddDocument("Sổ tay", "hòa giải 1", "thanh niên 2", "phụ nữ 3", "nông dân 4", "hòa giải 5");
        using var indexer = Create();

        var indexed = await indexer.IndexPendingAsync();

        Assert.Equal(5, indexed);
        Assert.Equal([2, 2, 1], _generator.Batches.Select(b => b.Count));
        Assert.Equal("Sổ tay\nhòa giải 1", _generator.Batches[0][0]);
        Assert.Equal(5, _db.Scalar("SELECT count(*) FROM passage_embeddings WHERE model = 'topic-model' AND dims = 4"));
        using var connection = _db.Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT vector FROM passage_embeddings WHERE passage_id = {ids[0]}";
        var vector = VectorMath.FromBlob((byte[])command.ExecuteScalar()!);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => v * v)), precision: 5);
        Assert.True(vector[0] > 0.99f);
        Assert.Equal(0, await indexer.CountPendingAsync());
    }

    [Fact]
    public async Task IndexPendingAsync_SecondBatchFailsOnce_ResumesWhereItStopped()
    {
        var ids = _db.AddDocument("Sổ tay", "a hòa giải", "b thanh niên", "c phụ nữ", "d nông dân", "e hòa giải");
        _generator.FailingCalls.Add(2);
        using var indexer = Create();

        await Assert.ThrowsAsync<HttpRequestException>(() => indexer.IndexPendingAsync());

        Assert.Equal(2, _db.Scalar("SELECT count(*) FROM passage_embeddings"));
        Assert.Equal(3, await indexer.CountPendingAsync());

        var resumed = await indexer.IndexPendingAsync();

        Assert.Equal(3, resumed);
        Assert.Equal(5, _db.Scalar("SELECT count(*) FROM passage_embeddings"));
        var resumedTexts = _generator.Batches.Skip(1).SelectMany(b => b).ToList();
        Assert.Equal(["Sổ tay\nc phụ nữ", "Sổ tay\nd nông dân", "Sổ tay\ne hòa giải"], resumedTexts);
        Assert.Equal(ids.Count, _db.Scalar("SELECT count(DISTINCT passage_id) FROM passage_embeddings"));
    }

    [Fact]
    public async Task IndexPendingAsync_NothingPending_NoModelCall()
    {
        _db.AddDocument("Sổ tay", "hòa giải");
        using var indexer = Create();
        await indexer.IndexPendingAsync();
        var calls = _generator.CallCount;

        Assert.Equal(0, await indexer.IndexPendingAsync());
        Assert.Equal(calls, _generator.CallCount);
    }

    [Fact]
    public async Task IndexPendingAsync_ModelChanged_ReembedsUnderNewModel()
    {
        _db.AddDocument("Sổ tay", "hòa giải", "thanh niên");
        using (var old = Create("old-model"))
        {
            await old.IndexPendingAsync();
        }

        using var indexer = Create("new-model");
        Assert.Equal(2, await indexer.CountPendingAsync());

        Assert.Equal(2, await indexer.IndexPendingAsync());
        Assert.Equal(2, _db.Scalar("SELECT count(*) FROM passage_embeddings WHERE model = 'new-model'"));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM passage_embeddings WHERE model = 'old-model'"));
    }

    [Fact]
    public async Task IndexPendingAsync_DocumentDeleted_VectorsCascade()
    {
        _db.AddDocument("Sổ tay", "hòa giải", "thanh niên");
        using var indexer = Create();
        await indexer.IndexPendingAsync();

        _db.Execute("DELETE FROM documents");

        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM passage_embeddings"));
    }

    [Fact]
    public async Task IndexPendingAsync_ServiceReturnsTooFewVectors_ThrowsAndStoresNothing()
    {
        _db.AddDocument("Sổ tay", "hòa giải", "thanh niên");
        var shortGenerator = new ShortGenerator();
        using var indexer = new EmbeddingIndexer(_db.Connections, shortGenerator,
            Options.Create(new LlmOptions { Provider = LlmProvider.OpenAI, EmbeddingModel = "m" }), new CollectingLogger<EmbeddingIndexer>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => indexer.IndexPendingAsync());

        Assert.Contains("returned 1 vectors for 2 passages", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM passage_embeddings"));
    }

    [Fact]
    public void EmbeddingText_SectionAndOverlongText_TitleSectionPrefixAndCapped()
    {
        Assert.Equal("Sổ tay › Chương 2\nNội dung", EmbeddingIndexer.EmbeddingText("Sổ tay", "Chương 2", "Nội dung"));
        Assert.Equal(EmbeddingIndexer.MaxEmbeddingTextLength, EmbeddingIndexer.EmbeddingText("T", null, new string('a', 10_000)).Length);
    }

    private sealed class ShortGenerator : Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>
    {
        public Task<Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>([new(new float[] { 1f, 0f })]));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
