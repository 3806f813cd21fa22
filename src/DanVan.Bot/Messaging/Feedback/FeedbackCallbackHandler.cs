using DanVan.Core.Questions;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace DanVan.Bot.Messaging.Feedback;

/// <summary>
/// A press of 👍 or 👎 under an answer: anyone who sees the answer may vote (in groups too), once per answer; pressing
/// again changes the vote. The press is acknowledged with a short toast. Who voted is not stored (see <see cref="QuestionLog"/>).
/// </summary>
internal sealed partial class FeedbackCallbackHandler(
    QuestionLog log,
    ITelegramBotClient bot,
    ILogger<FeedbackCallbackHandler> logger) : ICallbackHandler
{
    public string Prefix => FeedbackKeyboard.Prefix;

    public async Task HandleAsync(CallbackQuery query, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!FeedbackKeyboard.TryParse(query.Data, out var questionId, out var vote))
        {
            await bot.AnswerCallbackQuery(query.Id, FeedbackTexts.StaleButton, cancellationToken: cancellationToken);
            return;
        }

        var result = await log.VoteAsync(questionId, query.From.Id, vote, cancellationToken);
        LogVote(questionId, vote, result.Change);
        await bot.AnswerCallbackQuery(query.Id, FeedbackTexts.Toast(result.Change, vote), cancellationToken: cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Vote {Vote} on question {QuestionId}: {Change}")]
    private partial void LogVote(long questionId, int vote, VoteChange change);
}
