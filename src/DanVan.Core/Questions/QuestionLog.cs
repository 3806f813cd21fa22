using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DanVan.Core.Answering;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Questions;

/// <summary>
/// The questions the bot was asked: text, time, outcome and cited passages — never who asked. Votes are keyed by a
/// salted hash of (question, user), so one user has one vote per answer but votes cannot be tied to a person or
/// linked across answers. Everything older than <see cref="QuestionLogOptions.RetentionDays"/> is removed by
/// <see cref="PurgeAsync"/>.
/// </summary>
public sealed class QuestionLog(SqliteConnectionFactory factory, TimeProvider timeProvider, IOptions<QuestionLogOptions> options)
{
    private const string SaltKey = "questions.voter_salt";

    /// <summary>Stores an answered (or declined) question with its outcome and cited passages; returns its id.</summary>
    /// <param name="answer">The answer given.</param>
    /// <param name="channel">Where it was asked, e.g. "telegram".</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<long> RecordAsync(Answer answer, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var connection = await factory.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using var insert = Command(connection, transaction, """
            INSERT INTO questions (asked_at, channel, question, key_terms, outcome, mode)
            VALUES ($at, $channel, $question, $key, $outcome, $mode) RETURNING id;
            """);
        insert.Parameters.AddWithValue("$at", Instant(timeProvider.GetUtcNow()));
        insert.Parameters.AddWithValue("$channel", channel);
        insert.Parameters.AddWithValue("$question", answer.Question);
        insert.Parameters.AddWithValue("$key", QuestionKey.For(answer.Question));
        insert.Parameters.AddWithValue("$outcome", OutcomeName(answer.Outcome));
        insert.Parameters.AddWithValue("$mode", answer.Mode);
        var id = (long)insert.ExecuteScalar()!;

        using var source = Command(connection, transaction, """
            INSERT OR IGNORE INTO question_sources (question_id, rank, passage_id, document_id, document_title)
            VALUES ($id, $rank, $passage, $document, $title);
            """);
        source.Parameters.AddWithValue("$id", id);
        var rank = source.Parameters.Add("$rank", SqliteType.Integer);
        var passage = source.Parameters.Add("$passage", SqliteType.Integer);
        var document = source.Parameters.Add("$document", SqliteType.Integer);
        var title = source.Parameters.Add("$title", SqliteType.Text);
        foreach (var cited in answer.Sources)
        {
            (rank.Value, passage.Value, document.Value, title.Value) = (cited.Rank, cited.PassageId, cited.DocumentId, cited.Title);
            source.ExecuteNonQuery();
        }

        transaction.Commit();
        return id;
    }

    /// <summary>
    /// Records <paramref name="userId"/>'s 👍 (+1) or 👎 (-1) on question <paramref name="questionId"/>; pressing the
    /// other button changes the vote. The user id is used only to compute the hashed key and is not stored.
    /// </summary>
    public async Task<VoteResult> VoteAsync(long questionId, long userId, int vote, CancellationToken cancellationToken = default)
    {
        if (vote is not (1 or -1))
        {
            throw new ArgumentOutOfRangeException(nameof(vote), vote, "A vote is +1 or -1.");
        }

        using var connection = await factory.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using var exists = Command(connection, transaction, "SELECT 1 FROM questions WHERE id = $id;");
        exists.Parameters.AddWithValue("$id", questionId);
        if (exists.ExecuteScalar() is null)
        {
            return new VoteResult(VoteChange.NotFound, 0, 0);
        }

        var voter = VoterKey(Salt(connection, transaction), questionId, userId);
        using var previous = Command(connection, transaction, "SELECT vote FROM question_votes WHERE question_id = $id AND voter = $voter;");
        previous.Parameters.AddWithValue("$id", questionId);
        previous.Parameters.AddWithValue("$voter", voter);
        var before = previous.ExecuteScalar() is long value ? (int)value : 0;

        using var upsert = Command(connection, transaction, """
            INSERT INTO question_votes (question_id, voter, vote, voted_at) VALUES ($id, $voter, $vote, $at)
            ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at;
            """);
        upsert.Parameters.AddWithValue("$id", questionId);
        upsert.Parameters.AddWithValue("$voter", voter);
        upsert.Parameters.AddWithValue("$vote", vote);
        upsert.Parameters.AddWithValue("$at", Instant(timeProvider.GetUtcNow()));
        upsert.ExecuteNonQuery();

        using var totals = Command(connection, transaction, """
            SELECT coalesce(sum(vote = 1), 0), coalesce(sum(vote = -1), 0) FROM question_votes WHERE question_id = $id;
            """);
        totals.Parameters.AddWithValue("$id", questionId);
        using var reader = totals.ExecuteReader();
        reader.Read();
        var result = new VoteResult(before == 0 ? VoteChange.Added : before == vote ? VoteChange.Unchanged : VoteChange.Changed,
            reader.GetInt32(0), reader.GetInt32(1));
        reader.Close();
        transaction.Commit();
        return result;
    }

    /// <summary>Deletes questions (with their sources and votes) asked before the retention window; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = timeProvider.GetUtcNow().AddDays(-options.Value.RetentionDays);
        using var connection = await factory.OpenAsync(cancellationToken);
        using var delete = Command(connection, null, "DELETE FROM questions WHERE asked_at < $cutoff;");
        delete.Parameters.AddWithValue("$cutoff", Instant(cutoff));
        return delete.ExecuteNonQuery();
    }

    internal static string OutcomeName(AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Answered => "answered",
        AnswerOutcome.Related => "related",
        _ => "none",
    };

    internal static AnswerOutcome ParseOutcome(string name) => name switch
    {
        "answered" => AnswerOutcome.Answered,
        "related" => AnswerOutcome.Related,
        _ => AnswerOutcome.None,
    };

    // Instants as fixed-width ISO 8601 UTC text, so string comparison orders them.
    internal static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ReadInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    private static byte[] Salt(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = Command(connection, transaction, "INSERT OR IGNORE INTO kv (key, value) VALUES ($key, $value);");
        insert.Parameters.AddWithValue("$key", SaltKey);
        insert.Parameters.AddWithValue("$value", Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        insert.ExecuteNonQuery();
        using var select = Command(connection, transaction, "SELECT value FROM kv WHERE key = $key;");
        select.Parameters.AddWithValue("$key", SaltKey);
        return Convert.FromHexString((string)select.ExecuteScalar()!);
    }

    private static string VoterKey(byte[] salt, long questionId, long userId)
    {
        var data = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{questionId}:{userId}"));
        return Convert.ToHexString(HMACSHA256.HashData(salt, data), 0, 16);
    }
}
