using DanVan.Core.Documents;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Core.Tests.Retrieval;

public sealed class VocabularyCacheTests
{
    private static readonly DocumentMetadata Metadata = new("Tập huấn", null, null, null);

    [Fact]
    public void Get_Pairs_AreCountedBesideSyllables()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Dân vận khéo."), new Chunk(1, null, "Dân vận.")]);

        var vocabulary = services.Get<VocabularyCache>().Get();

        Assert.Equal(2, vocabulary.Frequency("dan_van"));
        Assert.Equal(1, vocabulary.Frequency("van_kheo"));
        Assert.Equal(2, vocabulary.PassageCount);
        Assert.Null(vocabulary.Correct("dan_vam"));
    }

    [Fact]
    public void Get_UnchangedIndexInANewProcess_ReadsTheSnapshotInsteadOfCounting()
    {
        using var services = new CoreServices();
        var store = services.Get<KnowledgeStore>();
        store.Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Dân vận khéo.")]);
        services.Get<VocabularyCache>().Get();
        Execute(services, "UPDATE vocabulary_snapshot SET doc = 777 WHERE term = 'kheo'");

        var restarted = new VocabularyCache(services.Get<SqliteConnectionFactory>(), NullLogger<VocabularyCache>.Instance);
        Assert.Equal(777, restarted.Get().Frequency("kheo"));

        store.Replace("b", null, "test", "h2", Metadata, [new Chunk(0, null, "Khéo léo.")]);
        Assert.Equal(2, restarted.Get().Frequency("kheo"));
    }

    [Fact]
    public async Task Get_LargeIndexChanged_KeepsThePreviousVocabularyUntilTheReloadIsDone()
    {
        using var services = new CoreServices();
        var store = services.Get<KnowledgeStore>();
        var chunks = Enumerable.Range(0, (int)VocabularyCache.KeepWhileReloadingAbove + 1).Select(i => new Chunk(i, null, $"Đoạn số {i}.")).ToList();
        store.Replace("big", null, "test", "h1", Metadata, chunks);
        var cache = services.Get<VocabularyCache>();
        Assert.False(cache.Get().Contains("phuoc"));

        store.Replace("new", null, "test", "h2", Metadata, [new Chunk(0, null, "Xã Phước Thịnh.")]);
        var during = cache.Get();
        await cache.WhenRefreshedAsync();

        Assert.False(during.Contains("phuoc"));
        Assert.True(during.IsBehindIndex);
        Assert.True(cache.Get().Contains("phuoc"));
        Assert.False(cache.Get().IsBehindIndex);
    }

    private static void Execute(CoreServices services, string sql)
    {
        using var connection = services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
