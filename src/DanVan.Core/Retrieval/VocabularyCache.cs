using System.Globalization;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DanVan.Core.Retrieval;

/// <summary>
/// The index's vocabulary, loaded once and reloaded when the index generation changes (any process may ingest).
/// Counting every term's passages scans the whole index (seconds at 100,000 passages), so the counts are also kept in
/// a snapshot table labelled with the generation they were counted at: a restart over an unchanged index reads that
/// instead. Above <see cref="KeepWhileReloadingAbove"/> passages a changed index is re-counted in the background while
/// searches keep using the previous vocabulary, whose frequencies are still close.
/// </summary>
public sealed partial class VocabularyCache
{
    /// <summary>Below this many passages a reload is quick, and searches wait for it (so they see a new document's words at once).</summary>
    public const long KeepWhileReloadingAbove = 2000;

    private const string SnapshotKey = "vocabulary_generation";

    private readonly SqliteConnectionFactory _connections;
    private readonly ILogger<VocabularyCache> _logger;
    private readonly Lock _load = new();
    private readonly Lock _refreshing = new();
    private Loaded? _current;
    private Task? _refresh;

    public VocabularyCache(SqliteConnectionFactory connections, ILogger<VocabularyCache> logger)
    {
        _connections = connections;
        _logger = logger;
    }

    public Vocabulary Get()
    {
        using var connection = _connections.Open();
        return Get(connection);
    }

    /// <summary>The vocabulary, checking the index generation on a connection the caller already holds.</summary>
    public Vocabulary Get(SqliteConnection connection)
    {
        var generation = KnowledgeStore.ReadGeneration(connection);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Generation == generation)
        {
            return current.Vocabulary;
        }

        if (current is not null && current.Vocabulary.PassageCount > KeepWhileReloadingAbove)
        {
            current.Vocabulary.MarkBehindIndex();
            RefreshInBackground();
            return current.Vocabulary;
        }

        lock (_load)
        {
            current = _current;
            if (current is null || current.Generation != generation)
            {
                current = Load();
                Volatile.Write(ref _current, current);
            }

            return current.Vocabulary;
        }
    }

    /// <summary>Completes when a background reload started by <see cref="Get"/> has finished (at once when none runs).</summary>
    public Task WhenRefreshedAsync()
    {
        lock (_refreshing)
        {
            return _refresh ?? Task.CompletedTask;
        }
    }

    private void RefreshInBackground()
    {
        lock (_refreshing)
        {
            if (_refresh is { IsCompleted: false })
            {
                return;
            }

            _refresh = Task.Run(() =>
            {
                try
                {
                    lock (_load)
                    {
                        Volatile.Write(ref _current, Load());
                    }
                }
                catch (Exception ex) when (ex is SqliteException or DatabaseException)
                {
                    // Searches go on with the previous vocabulary; the next one tries again.
                    LogReloadFailed(ex);
                }
            });
        }
    }

    private Loaded Load()
    {
        using var connection = _connections.Open();
        long generation;
        long passages;
        Dictionary<string, int> frequency;
        Dictionary<string, double> certainty;
        var functionShares = new Dictionary<string, double>(StringComparer.Ordinal);
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        var fromSnapshot = false;
        using (var read = connection.BeginTransaction(deferred: true))
        {
            // One read transaction: the counts, the passage count and the generation describe the same index.
            generation = KnowledgeStore.ReadGeneration(connection);
            passages = ReadPassageCount(connection);
            fromSnapshot = ReadSnapshotGeneration(connection) == generation;
            frequency = ReadTerms(connection, fromSnapshot ? "SELECT term, doc FROM vocabulary_snapshot" : PassageIndex.VocabularySql);
            certainty = SpellingCertainties.Read(connection, functionShares, spellings);
        }

        if (!fromSnapshot)
        {
            SaveSnapshot(connection, frequency, generation);
        }

        return new Loaded(new Vocabulary(frequency, passages, certainty, functionShares, spellings), generation);
    }

    private static long ReadPassageCount(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM passages";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long? ReadSnapshotGeneration(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT value FROM kv WHERE key = '{SnapshotKey}'";
        return command.ExecuteScalar() is string value ? long.Parse(value, CultureInfo.InvariantCulture) : null;
    }

    private static Dictionary<string, int> ReadTerms(SqliteConnection connection, string sql)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            frequency[reader.GetString(0)] = reader.GetInt32(1);
        }

        return frequency;
    }

    // Best effort: without a snapshot the next start counts again, which is slower but correct.
    private void SaveSnapshot(SqliteConnection connection, Dictionary<string, int> frequency, long generation)
    {
        try
        {
            using var write = connection.BeginTransaction();
            using (var clear = connection.CreateCommand())
            {
                clear.Transaction = write;
                clear.CommandText = "DELETE FROM vocabulary_snapshot";
                clear.ExecuteNonQuery();
            }

            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = write;
                insert.CommandText = "INSERT INTO vocabulary_snapshot (term, doc) VALUES ($term, $doc)";
                var term = insert.Parameters.Add("$term", SqliteType.Text);
                var doc = insert.Parameters.Add("$doc", SqliteType.Integer);
                foreach (var (key, value) in frequency)
                {
                    term.Value = key;
                    doc.Value = value;
                    insert.ExecuteNonQuery();
                }
            }

            using (var label = connection.CreateCommand())
            {
                label.Transaction = write;
                label.CommandText = $"INSERT INTO kv (key, value) VALUES ('{SnapshotKey}', $g) ON CONFLICT(key) DO UPDATE SET value = $g";
                label.Parameters.AddWithValue("$g", generation.ToString(CultureInfo.InvariantCulture));
                label.ExecuteNonQuery();
            }

            write.Commit();
        }
        catch (SqliteException ex)
        {
            LogSnapshotFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading the index vocabulary failed; searches keep the previous one")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the vocabulary snapshot; the next start counts the index again")]
    private partial void LogSnapshotFailed(Exception exception);

    private sealed record Loaded(Vocabulary Vocabulary, long Generation);
}
