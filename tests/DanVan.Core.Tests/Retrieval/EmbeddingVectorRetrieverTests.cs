using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.TestDoubles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Retrieval;

public sealed class EmbeddingVectorRetrieverTests : IDisposable
{
    private readonly EmbeddingTestDatabase _db = new();
    private readonly IOptions<LlmOptions> _options = Options.Create(new LlmOptions { Provider = LlmProvider.OpenAI, EmbeddingModel = "topic-model", TimeoutSeconds = 5 });
    private readonly CollectingLogger<EmbeddingVectorRetriever> _logger = new();

    public void Dispose() => _db.Dispose();

    private EmbeddingVectorRetriever Create(TestEmbeddingGenerator generator) =>
        new(generator, new VectorSearch(_db.Connections, _options), _options, TimeProvider.System, _logger);

    [Fact]
    public async Task CandidatesAsync_Question_EmbedsItAndReturnsNearestPassages()
    {
        var ids = _db.AddDocument("Sổ tay", "hòa giải ở cơ sở", "đoàn thanh niên");
        var generator = new TestEmbeddingGenerator(TopicVectors.Embed);
        using (var indexer = new EmbeddingIndexer(_db.Connections, generator, _options, new CollectingLogger<EmbeddingIndexer>()))
        {
            await indexer.IndexPendingAsync();
        }

        var retriever = Create(generator);
        var candidates = await retriever.CandidatesAsync("Công tác hòa giải thế nào?", 1);

        Assert.True(retriever.IsEnabled);
        Assert.Equal(ids[0], Assert.Single(candidates).PassageId);
        Assert.Equal("Công tác hòa giải thế nào?", generator.Batches[^1].Single());
    }

    [Fact]
    public async Task CandidatesAsync_ModelFails_LogsAndReturnsEmpty()
    {
        _db.AddDocument("Sổ tay", "hòa giải");
        var generator = new TestEmbeddingGenerator(TopicVectors.Embed);
        generator.FailingCalls.Add(1);

        var candidates = await Create(generator).CandidatesAsync("hòa giải", 3);

        Assert.Empty(candidates);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Exception is HttpRequestException);
    }

    [Fact]
    public async Task NullVectorRetriever_Always_EmptyAndDisabled()
    {
        var retriever = new NullVectorRetriever();

        Assert.False(retriever.IsEnabled);
        Assert.Empty(await retriever.CandidatesAsync("hòa giải", 3));
    }
}
