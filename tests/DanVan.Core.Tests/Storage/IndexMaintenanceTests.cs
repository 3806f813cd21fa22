using DanVan.Core.Ingestion;
using DanVan.Core.Retrieval;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Storage;

public sealed class IndexMaintenanceTests
{
    [Fact]
    public async Task EnsureFormat_IndexFromAnOlderTokenizer_IsRebuiltFromStoredPassages()
    {
        using var services = new CoreServices();
        await services.Get<IKnowledgeAdmin>().IngestAsync("# Kỹ năng\n\nKỹ năng vận động quần chúng của CBCCVC.\n"u8.ToArray(), "a.md", "test");
        using (var connection = services.Get<SqliteConnectionFactory>().Open())
        using (var command = connection.CreateCommand())
        {
            // Simulate an index written by an older version: wrong format stamp, rows that no longer match.
            command.CommandText = "UPDATE kv SET value = '1' WHERE key = 'index_format'; UPDATE passages_fts SET title = 'stale', section = 'stale', body = 'stale', meta = 'stale';";
            command.ExecuteNonQuery();
        }

        Assert.Empty((await services.Get<Retriever>().SearchAsync("ki nang van dong quan chung")).Passages);
        Assert.True(services.Get<IndexMaintenance>().EnsureFormat());
        Assert.False(services.Get<IndexMaintenance>().EnsureFormat());

        var result = await services.Get<Retriever>().SearchAsync("ki nang van dong quan chung");
        Assert.Equal("Kỹ năng", Assert.Single(result.Passages).Title);
    }
}
