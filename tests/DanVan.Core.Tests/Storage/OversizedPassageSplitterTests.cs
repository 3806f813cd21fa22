using DanVan.Benchmarks.Hostile;
using DanVan.Core.Documents;
using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Storage;

/// <summary>Databases written before passages had a maximum length are cut to it at start, in place, searchable.</summary>
public sealed class OversizedPassageSplitterTests
{
    private static readonly DocumentMetadata Metadata = new("Biên bản họp dân", "Báo Cà Mau", new DateOnly(2020, 5, 4), "Cà Mau");

    [Fact]
    public async Task EnsureFormat_PassageLongerThanTheMaximumFromOlderCode_IsSplitInPlaceAndSearchable()
    {
        using var services = new CoreServices();
        var giant = HostileCorpus.OneSentence(20_000) + " xã Tân Hưng hiến đất làm đường";
        var id = services.Get<KnowledgeStore>().Replace("a", null, "test", "h1", Metadata,
            [new Chunk(0, null, "Mở đầu."), new Chunk(1, "Phần một", giant), new Chunk(2, null, "Kết thúc.")]);
        Execute(services, "DELETE FROM kv WHERE key = 'passage_format'");

        services.Get<IndexMaintenance>().EnsureFormat();

        var passages = Query(services, $"SELECT ordinal, coalesce(section, ''), text FROM passages WHERE document_id = {id} ORDER BY ordinal");
        Assert.Equal(Enumerable.Range(0, passages.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), passages.Select(p => p[0]));
        Assert.Equal("Mở đầu.", passages[0][2]);
        Assert.Equal("Kết thúc.", passages[^1][2]);
        Assert.True(passages.Count > 20);
        Assert.All(passages, p => Assert.True(p[2].Length <= Chunker.MaxChars));
        Assert.All(passages.Skip(1).SkipLast(1), p => Assert.Equal("Phần một", p[1]));
        Assert.Equal(giant.Split(' ', StringSplitOptions.RemoveEmptyEntries), passages.Skip(1).SkipLast(1).SelectMany(p => p[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(passages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Query(services, $"SELECT passage_count FROM documents WHERE id = {id}")[0][0]);

        var found = await services.Get<Retriever>().SearchAsync("Tân Hưng hiến đất");
        Assert.EndsWith("xã Tân Hưng hiến đất làm đường", found.Passages[0].Text, StringComparison.Ordinal);

        services.Get<IndexMaintenance>().EnsureFormat();
        Assert.Equal(passages.Count, Query(services, $"SELECT ordinal FROM passages WHERE document_id = {id}").Count);
    }

    private static void Execute(CoreServices services, string sql)
    {
        using var connection = services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string[]> Query(CoreServices services, string sql)
    {
        using var connection = services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }
}
