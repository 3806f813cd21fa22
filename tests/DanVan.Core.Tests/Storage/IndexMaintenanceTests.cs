using DanVan.Core.Documents;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Storage;

public sealed class IndexMaintenanceTests
{
    private static readonly DocumentMetadata Metadata = new("Tập huấn dân vận khéo", "Báo Cà Mau", new DateOnly(2020, 5, 4), "Cà Mau");

    [Fact]
    public async Task EnsureFormat_IndexWrittenByOlderCode_IsRebuiltFromStoredPassages()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Mô hình dân vận khéo ở xã Tân Hưng.")]);
        using (var connection = services.Get<SqliteConnectionFactory>().Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO passage_terms (passage_terms) VALUES ('delete-all'); UPDATE kv SET value = '2' WHERE key = 'index_format';";
            command.ExecuteNonQuery();
        }

        Assert.Empty((await services.Get<Retriever>().SearchAsync("Tân Hưng")).Passages);
        var announced = 0;

        Assert.True(services.Get<IndexMaintenance>().EnsureFormat(() => announced++));

        var found = await services.Get<Retriever>().SearchAsync("Tân Hưng");
        Assert.Equal("Tập huấn dân vận khéo", Assert.Single(found.Passages).Title);
        Assert.False(services.Get<IndexMaintenance>().EnsureFormat(() => announced++));
        Assert.Equal(1, announced);
    }

    [Fact]
    public async Task EnsureFormat_MorePassagesThanAPage_IndexesThemAll()
    {
        using var services = new CoreServices();
        var chunks = Enumerable.Range(0, IndexMaintenance.PageSize + 3).Select(i => new Chunk(i, null, $"Đoạn thứ {i} của tài liệu.")).ToList();
        chunks[^1] = new Chunk(chunks.Count - 1, null, "Đoạn cuối nói về xã Tân Hưng.");
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata, chunks);
        using (var connection = services.Get<SqliteConnectionFactory>().Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO passage_terms (passage_terms) VALUES ('delete-all'); DELETE FROM kv WHERE key = 'index_format';";
            command.ExecuteNonQuery();
        }

        Assert.True(services.Get<IndexMaintenance>().EnsureFormat());

        var found = await services.Get<Retriever>().SearchAsync("Tân Hưng");
        Assert.Equal("Đoạn cuối nói về xã Tân Hưng.", found.Passages[0].Text);
    }

    [Fact]
    public void EnsureFormat_AbbreviationsChanged_RebuildsTheIndexWithThem()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Họp HĐTV quý I.")]);
        var connections = services.Get<SqliteConnectionFactory>();
        var added = new WordLists(new WordListsData { Abbreviations = { ["HĐTV"] = "Hội đồng thành viên" } });
        long Matches(string term)
        {
            using var connection = connections.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM passage_terms WHERE passage_terms MATCH $t";
            command.Parameters.AddWithValue("$t", $"\"{term}\"");
            return (long)command.ExecuteScalar()!;
        }

        Assert.Equal(0, Matches("thanh_vien"));

        Assert.True(new IndexMaintenance(connections, added).EnsureFormat());
        Assert.Equal(1, Matches("thanh_vien"));
        Assert.False(new IndexMaintenance(connections, added).EnsureFormat());
        Assert.True(new IndexMaintenance(connections, WordLists.Shipped).EnsureFormat());
        Assert.Equal(0, Matches("thanh_vien"));
    }

    [Fact]
    public async Task Remove_Document_TakesItsTermsOutOfTheIndex()
    {
        using var services = new CoreServices();
        var store = services.Get<KnowledgeStore>();
        var id = store.Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Mô hình dân vận khéo ở xã Tân Hưng.")]);
        store.Replace("b", null, "test", "h2", Metadata with { Title = "Hội nghị" }, [new Chunk(0, null, "Hội nghị ở xã Tân Hưng.")]);

        Assert.True(store.Remove(id));

        var found = await services.Get<Retriever>().SearchAsync("Tân Hưng");
        Assert.Equal("Hội nghị", Assert.Single(found.Passages).Title);
        using var connection = services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM passage_terms_vocab WHERE term = 'van_kheo'";
        Assert.Null(command.ExecuteScalar());
    }

    [Fact]
    public void EnsureFormat_FormsOfAnOlderIndexNotCounted_AnnouncesAndCountsThemOnce()
    {
        using var services = new CoreServices();
        services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata, [new Chunk(0, null, "Đội ngũ cán bộ dân vận.")]);
        using (var connection = services.Get<SqliteConnectionFactory>().Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM syllable_forms; DELETE FROM kv WHERE key = 'syllable_forms';";
            command.ExecuteNonQuery();
        }

        var announced = 0;

        Assert.False(services.Get<IndexMaintenance>().EnsureFormat(() => announced++));
        services.Get<IndexMaintenance>().EnsureFormat(() => announced++);

        Assert.Equal(1, announced);
        using var check = services.Get<SqliteConnectionFactory>().Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM syllable_forms WHERE folded = 'doi';";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void EnsureFormat_EmptyIndexOfAnOlderFormat_StampedWithoutAnnouncing()
    {
        using var services = new CoreServices();
        using (var connection = services.Get<SqliteConnectionFactory>().Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM kv WHERE key = 'index_format';";
            command.ExecuteNonQuery();
        }

        var announced = 0;

        Assert.True(services.Get<IndexMaintenance>().EnsureFormat(() => announced++));

        Assert.Equal(0, announced);
        Assert.False(services.Get<IndexMaintenance>().EnsureFormat(() => announced++));
    }
}
