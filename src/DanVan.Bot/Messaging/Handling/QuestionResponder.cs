using System.Diagnostics;
using DanVan.Bot.Messaging.State;
using DanVan.Bot.Observability;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Feedback;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Answering;
using DanVan.Core.Questions;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Handling;

/// <summary>
/// Answers one question in a chat: per-user rate limit, "typing" while the answerer works, the answer as escaped HTML
/// replying to the question with 👍 / 👎 buttons, queued in the outbox with the question (so a reply to the sent answer is
/// a follow-up), and the question kept in the question log (without who asked). Question text is never logged, only its length.
/// </summary>
internal sealed partial class QuestionResponder
{
    private readonly IQuestionAnswerer _answerer;
    private readonly ReplySender _replies;
    private readonly TypingIndicator _typing;
    private readonly UserRateLimiter _rateLimiter;
    private readonly FollowUpStore _followUps;
    private readonly BotIdentity _identity;
    private readonly QuestionLog _questionLog;
    private readonly BotMetrics _metrics;
    private readonly ILogger _logger;

    public QuestionResponder(IQuestionAnswerer answerer, ReplySender replies, TypingIndicator typing, UserRateLimiter rateLimiter,
        FollowUpStore followUps, BotIdentity identity, QuestionLog questionLog, BotMetrics metrics, ILogger<QuestionResponder> logger)
    {
        _questionLog = questionLog;
        _answerer = answerer;
        _replies = replies;
        _typing = typing;
        _rateLimiter = rateLimiter;
        _followUps = followUps;
        _identity = identity;
        _metrics = metrics;
        _logger = logger;
    }

    public async Task AnswerAsync(Message message, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var chatId = message.Chat.Id;
        if (string.IsNullOrWhiteSpace(question))
        {
            var usage = message.Chat.Type == ChatType.Private ? BotTexts.AskUsagePrivate : BotTexts.AskUsageGroup;
            await _replies.SendHtmlAsync(chatId, usage, message.Id, null, cancellationToken);
            return;
        }

        var userId = message.From?.Id ?? chatId;
        var decision = _rateLimiter.TryAcquire(userId);
        if (!decision.Allowed)
        {
            LogRateLimited(userId, chatId, decision.RetryAfter.TotalSeconds);
            if (decision.ShouldNotify)
            {
                await _replies.SendHtmlAsync(chatId, BotTexts.RateLimited(decision.RetryAfter), message.Id, null, cancellationToken);
            }

            return;
        }

        string? previous = null;
        if (message.ReplyToMessage is { } replied && replied.From?.Id == _identity.Id)
        {
            previous = await _followUps.FindQuestionAsync(chatId, replied.Id, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        Answer answer;
        try
        {
            answer = await _typing.WhileAsync(chatId, ChatAction.Typing, token => _answerer.AnswerAsync(question, previous, token), cancellationToken);
        }
        // A storage failure is not this update's fault: it goes up, so the bot pauses instead of replying with an error.
        catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !StorageFailure.Is(ex))
        {
            LogAnswerFailed(ex, chatId);
            await _replies.SendHtmlAsync(chatId, BotTexts.AnswerFailed, message.Id, null, cancellationToken);
            return;
        }

        var html = AnswerHtmlFormatter.Format(answer);
        var questionId = await RecordAsync(answer, chatId);
        // The sent message's id is remembered with the question when the outbox records the send, for follow-ups.
        await _replies.SendHtmlAsync(chatId, string.IsNullOrWhiteSpace(html) ? BotTexts.EmptyAnswer : html,
            message.Id, questionId is { } id ? FeedbackKeyboard.For(id) : null, cancellationToken, followUpQuestion: question);
        var elapsed = Stopwatch.GetElapsedTime(started);
        _metrics.QuestionAnswered(answer.Outcome.ToString().ToLowerInvariant(), elapsed);
        LogAnswered(chatId, question.Length, previous is not null, answer.Outcome, answer.Mode, html.Length, elapsed.TotalMilliseconds);
    }

    /// <summary>Keeps the question for the unanswered report and statistics; the answer goes out even if this fails (then without buttons).</summary>
    private async Task<long?> RecordAsync(Answer answer, long chatId)
    {
        try
        {
            return await _questionLog.RecordAsync(answer, "telegram", CancellationToken.None);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or DanVan.Core.Storage.DatabaseException or IOException
                                   && !StorageFailure.Is(ex))
        {
            // A full disk is not skipped: it goes up, and the bot pauses until it can write (StorageGate).
            LogRecordFailed(ex, chatId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record a question of chat {ChatId} in the question log; answering without feedback buttons")]
    private partial void LogRecordFailed(Exception exception, long chatId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Answered a question in chat {ChatId} ({QuestionLength} chars, follow-up {FollowUp}, outcome {Outcome}, {Mode}), {AnswerLength} chars queued, {ElapsedMs:0} ms")]
    private partial void LogAnswered(long chatId, int questionLength, bool followUp, AnswerOutcome outcome, string mode, int answerLength, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} in chat {ChatId} is over the question rate limit; {WaitSeconds:0} s to wait")]
    private partial void LogRateLimited(long userId, long chatId, double waitSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a question in chat {ChatId} failed")]
    private partial void LogAnswerFailed(Exception exception, long chatId);
}
