using System.Globalization;
using DanVan.Core.Storage;

namespace DanVan.Core.Retrieval;

/// <summary>
/// The index's vocabulary, loaded once and reloaded only when the index generation changes (any process may ingest).
/// </summary>
public sealed class VocabularyCache
{
    private readonly SqliteConnectionFactory _connections;
    private readonly object _lock = new();
    private Vocabulary _vocabulary = Vocabulary.Empty;
    private long _generation = -1;

    public VocabularyCache(SqliteConnectionFactory connections) => _connections = connections;

    public Vocabulary Get()
    {
        using var connection = _connections.Open();
        var generation = KnowledgeStore.ReadGeneration(connection);
        if (generation == Volatile.Read(ref _generation))
        {
            return _vocabulary;
        }

        lock (_lock)
        {
            if (generation == _generation)
            {
                return _vocabulary;
            }

            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT term, doc FROM passage_terms_vocab";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    frequency[reader.GetString(0)] = reader.GetInt32(1);
                }
            }

            long passages;
            using (var count = connection.CreateCommand())
            {
                count.CommandText = "SELECT count(*) FROM passages";
                passages = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            _vocabulary = new Vocabulary(frequency, passages);
            Volatile.Write(ref _generation, generation);
            return _vocabulary;
        }
    }
}
