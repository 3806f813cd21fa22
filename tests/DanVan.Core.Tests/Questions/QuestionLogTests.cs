using DanVan.Core.Answering;
using DanVan.Core.Questions;
using DanVan.Core.Storage;
using DanVan.Core.Tests.Support;
using DanVan.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Core.Tests.Questions;

public sealed class QuestionLogTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));
    private readonly CoreServices _services;

    public QuestionLogTests() =>
        _services = new CoreServices(configure: s => s.AddSingleton<TimeProvider>(_clock));

    private QuestionLog Log => _services.Get<QuestionLog>();

    internal static Answer Answer(string question, AnswerOutcome outcome, params (long Document, long Passage, string Title)[] sources) =>
        new(question, "…", outcome == AnswerOutcome.Answered,
            sources.Select((s, i) => new AnswerSource(i + 1, s.Document, s.Passage, s.Title, null, null, null, null, 1.0, "…")).ToList())
        { Outcome = outcome };

    private long Scalar(string sql)
    {
        using var connection = _services.Get<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Record_StoresQuestionOutcomeAndCitedPassagesWithoutWhoAsked()
    {
        var id = await Log.RecordAsync(Answer("Ai là Trưởng ban?", AnswerOutcome.Answered, (3, 30, "Tài liệu A"), (4, 41, "Tài liệu B")), "telegram");

        Assert.Equal(1, Scalar($"SELECT count(*) FROM questions WHERE id = {id} AND outcome = 'answered' AND question = 'Ai là Trưởng ban?' AND key_terms = 'truong'"));
        Assert.Equal(71, Scalar($"SELECT sum(passage_id) FROM question_sources WHERE question_id = {id}"));
        using var connection = _services.Get<SqliteConnectionFactory>().Open();
        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT group_concat(name) FROM pragma_table_info('questions')";
        Assert.Equal("id,asked_at,channel,question,key_terms,outcome,mode", columns.ExecuteScalar());
    }

    [Fact]
    public async Task Vote_SameUserAgain_ChangesTheVoteInsteadOfAddingOne()
    {
        var id = await Log.RecordAsync(Answer("câu hỏi", AnswerOutcome.Answered), "telegram");

        var first = await Log.VoteAsync(id, 111, 1);
        var again = await Log.VoteAsync(id, 111, 1);
        var changed = await Log.VoteAsync(id, 111, -1);
        var other = await Log.VoteAsync(id, 222, -1);

        Assert.Equal(new VoteResult(VoteChange.Added, 1, 0), first);
        Assert.Equal(new VoteResult(VoteChange.Unchanged, 1, 0), again);
        Assert.Equal(new VoteResult(VoteChange.Changed, 0, 1), changed);
        Assert.Equal(new VoteResult(VoteChange.Added, 0, 2), other);
        // Only keyed hashes are stored (a hash may contain "111" by chance, so the check is on shape, not substrings).
        Assert.Equal(2, Scalar("SELECT count(*) FROM question_votes WHERE length(voter) = 32 AND voter NOT GLOB '*[^0-9A-F]*'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM question_votes WHERE voter IN ('111', '222') OR voter LIKE '%:%'"));
    }

    [Fact]
    public async Task Vote_SameUserOnTwoAnswers_KeysCannotBeLinked()
    {
        var a = await Log.RecordAsync(Answer("một", AnswerOutcome.Answered), "telegram");
        var b = await Log.RecordAsync(Answer("hai", AnswerOutcome.Answered), "telegram");

        await Log.VoteAsync(a, 111, 1);
        await Log.VoteAsync(b, 111, 1);

        Assert.Equal(2, Scalar("SELECT count(DISTINCT voter) FROM question_votes"));
    }

    [Fact]
    public async Task Vote_UnknownQuestion_NotFound()
    {
        Assert.Equal(VoteChange.NotFound, (await Log.VoteAsync(999, 1, 1)).Change);
    }

    [Fact]
    public async Task Purge_RemovesOnlyQuestionsOlderThanRetentionWithTheirSourcesAndVotes()
    {
        var old = await Log.RecordAsync(Answer("cũ", AnswerOutcome.Answered, (1, 10, "A")), "telegram");
        await Log.VoteAsync(old, 1, 1);
        _clock.Advance(TimeSpan.FromDays(60));
        var recent = await Log.RecordAsync(Answer("mới", AnswerOutcome.Answered, (1, 10, "A")), "telegram");
        _clock.Advance(TimeSpan.FromDays(31));

        var purged = await Log.PurgeAsync();

        Assert.Equal(1, purged);
        Assert.Equal(recent, Scalar("SELECT id FROM questions"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM question_sources"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM question_votes"));
    }

    public void Dispose() => _services.Dispose();
}
