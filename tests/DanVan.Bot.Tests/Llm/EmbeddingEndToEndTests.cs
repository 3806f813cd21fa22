using System.ClientModel;
using DanVan.Bot.Llm;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DanVan.Bot.Tests.Llm;

/// <summary>Embeddings end to end: the real registrations and the OpenAI SDK over HTTP to a fake server, real SQLite.</summary>
public sealed class EmbeddingEndToEndTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private LlmTestHost CreateHost() =>
        LlmTestHost.ForServer(_server, s => s["Llm:EmbeddingModel"] = LlmTestHost.EmbeddingModel);

    private static IEnumerable<string> NumberedPassages(int count) =>
        Enumerable.Range(1, count).Select(i => $"Đoạn số {i}: nội dung về công tác dân vận thứ {i}.");

    [Fact]
    public async Task IndexPendingAsync_SeventyPassages_EmbeddedInBatchesOf32AndStored()
    {
        using var host = CreateHost();
        host.SeedDocument("Sổ tay", NumberedPassages(70));

        var indexed = await host.Get<EmbeddingIndexer>().IndexPendingAsync();

        Assert.Equal(70, indexed);
        Assert.Equal([32, 32, 6], _server.EmbeddingRequests.Select(r => r.Inputs().Count));
        Assert.All(_server.EmbeddingRequests, r => Assert.Equal(LlmTestHost.EmbeddingModel, r.StringProperty("model")));
        Assert.Equal(70, host.Count($"SELECT count(*) FROM passage_embeddings WHERE model = '{LlmTestHost.EmbeddingModel}' AND dims = {FakeOpenAiServer.Dimensions}"));
    }

    [Fact]
    public async Task IndexPendingAsync_SecondBatchFailsOnce_NextRunEmbedsOnlyTheRest()
    {
        _server.OnEmbeddings = (_, call) => call == 2 ? FakeOpenAiReply.Error(500) : FakeOpenAiReply.Vectors;
        using var host = CreateHost();
        host.SeedDocument("Sổ tay", NumberedPassages(70));
        var indexer = host.Get<EmbeddingIndexer>();

        await Assert.ThrowsAsync<ClientResultException>(() => indexer.IndexPendingAsync());
        Assert.Equal(32, host.Count("SELECT count(*) FROM passage_embeddings"));

        var resumed = await indexer.IndexPendingAsync();

        Assert.Equal(38, resumed);
        Assert.Equal(70, host.Count("SELECT count(*) FROM passage_embeddings"));
        var requests = _server.EmbeddingRequests;
        Assert.Equal(4, requests.Count);
        var embeddedOnce = requests[0].Inputs().Concat(requests[2].Inputs()).Concat(requests[3].Inputs()).ToList();
        Assert.Equal(70, embeddedOnce.Distinct().Count());
        Assert.Equal(requests[1].Inputs(), requests[2].Inputs());
    }

    [Fact]
    public async Task CandidatesAsync_Question_NearestPassageFirst()
    {
        using var host = CreateHost();
        var ids = host.SeedDocument("Tài liệu", [
            "Đoàn thanh niên tổ chức hoạt động tình nguyện mùa hè.",
            "Tổ hòa giải ở cơ sở giải quyết mâu thuẫn trong khu dân cư.",
            "Hội phụ nữ vận động xây dựng gia đình hạnh phúc.",
        ]);
        await host.Get<EmbeddingIndexer>().IndexPendingAsync();

        var candidates = await host.Get<IVectorRetriever>().CandidatesAsync("Hoà giải mâu thuẫn ở khu dân cư thế nào?", 3);

        Assert.Equal(3, candidates.Count);
        Assert.Equal(ids[1], candidates[0].PassageId);
        Assert.True(candidates[0].Score > candidates[1].Score);
    }

    [Fact]
    public async Task OnDocumentIngestedAsync_NewPassages_EmbeddedRightAway()
    {
        using var host = CreateHost();
        host.SeedDocument("Sổ tay", NumberedPassages(3));
        var observer = host.Host.Services.GetServices<IIngestionObserver>().Single();

        await observer.OnDocumentIngestedAsync(new IngestedDocument(1, "Sổ tay", "so-tay.txt", null, null, "test", []), CancellationToken.None);

        Assert.Equal(3, host.Count("SELECT count(*) FROM passage_embeddings"));
    }

    [Fact]
    public async Task RunOnceAsync_ServerFailsThenRecovers_BacksOffThenEmbedsPending()
    {
        _server.OnEmbeddings = (_, call) => call <= 2 ? FakeOpenAiReply.Error(503) : FakeOpenAiReply.Vectors;
        using var host = CreateHost();
        host.SeedDocument("Sổ tay", NumberedPassages(5));
        var backfill = host.Host.Services.GetServices<IHostedService>().OfType<EmbeddingBackfillService>().Single();

        var first = await backfill.RunOnceAsync(CancellationToken.None);
        var second = await backfill.RunOnceAsync(CancellationToken.None);
        var third = await backfill.RunOnceAsync(CancellationToken.None);

        Assert.Equal(EmbeddingBackfillService.FirstRetryDelay, first);
        Assert.Equal(EmbeddingBackfillService.FirstRetryDelay * 2, second);
        Assert.Equal(EmbeddingBackfillService.CheckInterval, third);
        Assert.Equal(5, host.Count("SELECT count(*) FROM passage_embeddings"));
    }
}
