using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Benchmarks.Peer;

/// <summary>The document path of a passage id (raw FTS5 returns ids only), looked up after the timed query.</summary>
internal sealed class PassagePaths : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;

    public PassagePaths(SqliteConnectionFactory connections)
    {
        _connection = connections.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = "SELECT d.path FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = $id";
        _command.Parameters.Add("$id", SqliteType.Integer);
    }

    public string? Of(long passageId)
    {
        _command.Parameters["$id"].Value = passageId;
        return _command.ExecuteScalar() as string;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
