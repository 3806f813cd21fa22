using DanVan.Core.Documents;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Storage;

/// <summary>The written forms of the index's syllables, kept on every write and removal and counted again when stale.</summary>
public sealed class SyllableFormsTests
{
    private static readonly DocumentMetadata Metadata = new("Hội nghị", "baonghean.vn", null, null);

    private static Dictionary<string, long> Forms(CoreServices services, string folded)
    {
        using var connection = services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT form, passages FROM syllable_forms WHERE folded = $f";
        command.Parameters.AddWithValue("$f", folded);
        using var reader = command.ExecuteReader();
        var forms = new Dictionary<string, long>();
        while (reader.Read())
        {
            forms[reader.GetString(0)] = reader.GetInt64(1);
        }

        return forms;
    }

    private static void Execute(CoreServices services, string sql)
    {
        using var connection = services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Replace_Passages_CountsEachFormOncePerPassage()
    {
        using var services = new CoreServices();

        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata,
            [new Chunk(0, null, "Đội ngũ cán bộ; đội công tác."), new Chunk(1, null, "Đổi mới phương thức."), new Chunk(2, null, "Đội ngũ trẻ.")]);

        var forms = Forms(services, "doi");
        Assert.Equal(2, forms.Count);
        Assert.Equal([1L, 2L], forms.Values.Order());
        Assert.Equal(3, Forms(services, "hoi").Values.Single()); // the title counts in every passage, as in its index row
        Assert.Empty(Forms(services, "vn")); // a domain suffix, not a syllable of the text
    }

    [Fact]
    public void ReplaceAndRemove_Document_TakesItsFormsBackOut()
    {
        using var services = new CoreServices();
        var store = services.Get<KnowledgeStore>();
        store.Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Đổi mới phương thức.")]);
        var id = store.Replace("b", null, "test", "h2", Metadata, [new Chunk(0, null, "Đội ngũ cán bộ.")]);

        store.Replace("a", null, "test", "h3", Metadata, [new Chunk(0, null, "Đời sống nhân dân.")]);
        Assert.Equal(2, Forms(services, "doi").Count);
        store.Remove(id);

        Assert.Equal(1, Forms(services, "doi").Values.Single());
        Assert.Empty(Forms(services, "ngu"));
    }

    [Fact]
    public void EnsureFormat_IndexWrittenBeforeFormsWereKept_CountsThemFromStoredPassages()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata,
            [new Chunk(0, null, "Đội ngũ cán bộ."), new Chunk(1, null, "Đổi mới, đội mũ.")]);
        var kept = Forms(services, "doi");
        Execute(services, "DELETE FROM syllable_forms; DELETE FROM kv WHERE key = 'syllable_forms';");

        Assert.False(services.Get<IndexMaintenance>().EnsureFormat());

        Assert.Equal(kept, Forms(services, "doi"));
    }

    [Fact]
    public void EnsureFormat_IndexRebuilt_CountsFormsAgain()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Đội ngũ cán bộ.")]);
        Execute(services, "UPDATE syllable_forms SET passages = 7; UPDATE kv SET value = '0' WHERE key = 'index_format';");

        Assert.True(services.Get<IndexMaintenance>().EnsureFormat());

        Assert.Equal(1, Forms(services, "doi").Values.Single());
    }

    [Fact]
    public void VocabularyGet_SyllableWrittenSeveralWays_IsLessCertainThanOneWrittenOneWay()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata,
            [.. Enumerable.Range(0, 12).Select(i => new Chunk(i, null, i % 3 == 0 ? "Đổi mới lớp học." : i % 3 == 1 ? "Đội ngũ lớp học." : "Đời sống lớp học."))]);

        var vocabulary = services.Get<VocabularyCache>().Get();

        Assert.InRange(vocabulary.SpellingCertainty("doi"), 0.25, 0.34);
        Assert.InRange(vocabulary.SpellingCertainty("lop"), 0.85, 0.93);
        Assert.Equal(1.0, vocabulary.SpellingCertainty("khong"));
    }

    [Fact]
    public async Task SearchAsync_SyllableTypedWithoutDiacritics_MatchesByItsCertaintyUnlessItsPairMatches()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata,
            [new Chunk(0, null, "Đổi mới phương thức."), new Chunk(1, null, "Đội ngũ cán bộ."), new Chunk(2, null, "Đời sống nhân dân.")]);
        var retriever = services.Get<Retriever>();

        var typed = (await retriever.SearchAsync("đổi")).Relevance;
        var plain = (await retriever.SearchAsync("doi")).Relevance;
        var paired = (await retriever.SearchAsync("doi moi")).Relevance;

        Assert.Equal(1.0, typed, 3);
        Assert.InRange(plain, 0.1, 0.3);
        Assert.Equal(1.0, paired, 3);
    }
}
