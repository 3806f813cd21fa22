using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Core.Tests.Retrieval;

public sealed class RetrieverFusionTests
{
    [Fact]
    public async Task SearchAsync_VectorOnlyHitAboveSimilarity_IsFusedInAndRelevant()
    {
        var vectors = new ScriptedVectors();
        using var services = new CoreServices(configure: s => s.Replace(ServiceDescriptor.Singleton<IVectorRetriever>(vectors)));
        var pipeline = services.Get<IngestionPipeline>();
        var target = await pipeline.IngestAsync("# Đối thoại\n\nChủ tịch xã gặp gỡ bà con mỗi quý một lần.\n"u8.ToArray(), "a.md", "upload:a.md", null, "test", false, default);
        await pipeline.IngestAsync("# Khác\n\nNội dung về an toàn giao thông.\n"u8.ToArray(), "b.md", "upload:b.md", null, "test", false, default);
        vectors.Hits = [new VectorCandidate(PassageIdOf(services, target.DocumentId!.Value), 0.83)];

        var result = await services.Get<Retriever>().SearchAsync("lãnh đạo địa phương tiếp công dân định kỳ");

        Assert.True(result.IsRelevant);
        Assert.Equal("Đối thoại", result.Passages[0].Title);
    }

    [Fact]
    public async Task SearchAsync_VectorHitBelowSimilarity_DoesNotMakeAnOffTopicQuestionRelevant()
    {
        var vectors = new ScriptedVectors();
        using var services = new CoreServices(configure: s => s.Replace(ServiceDescriptor.Singleton<IVectorRetriever>(vectors)));
        var result = await services.Get<IngestionPipeline>().IngestAsync("# Đối thoại\n\nChủ tịch xã gặp gỡ bà con.\n"u8.ToArray(), "a.md", "upload:a.md", null, "test", false, default);
        vectors.Hits = [new VectorCandidate(PassageIdOf(services, result.DocumentId!.Value), 0.2)];

        var search = await services.Get<Retriever>().SearchAsync("giá vàng hôm nay");

        Assert.False(search.IsRelevant);
    }

    private static long PassageIdOf(CoreServices services, long documentId)
    {
        using var connection = services.Get<DanVan.Core.Storage.SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM passages WHERE document_id = $d ORDER BY ordinal LIMIT 1";
        command.Parameters.AddWithValue("$d", documentId);
        return (long)command.ExecuteScalar()!;
    }

    private sealed class ScriptedVectors : IVectorRetriever
    {
        public IReadOnlyList<VectorCandidate> Hits { get; set; } = [];

        public bool IsEnabled => true;

        public Task<IReadOnlyList<VectorCandidate>> CandidatesAsync(string question, int k, CancellationToken cancellationToken = default) =>
            Task.FromResult(Hits);
    }
}
