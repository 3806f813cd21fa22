using DanVan.Bot.Telegram.Api;
using DanVan.Core.Questions;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Telegram.Feedback;

/// <summary>
/// A press of 👍 or 👎 under an answer: anyone who sees the answer may vote (in groups too), once per answer; pressing
/// again changes the vote. The press is acknowledged with a short toast. Who voted is not stored (see <see cref="QuestionLog"/>).
/// </summary>
internal sealed partial class FeedbackCallbackHandler(
    QuestionLog log,
    ITelegramBotApi botApi,
    ILogger<FeedbackCallbackHandler> logger) : ICallbackHandler
{
    public string Prefix => FeedbackKeyboard.Prefix;

    public async Task HandleAsync(CallbackQuery query, bool isAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!FeedbackKeyboard.TryParse(query.Data, out var questionId, out var vote))
        {
            await botApi.AnswerCallbackQueryAsync(query.Id, FeedbackTexts.StaleButton, cancellationToken);
            return;
        }

        var result = await log.VoteAsync(questionId, query.From.Id, vote, cancellationToken);
        LogVote(questionId, vote, result.Change);
        await botApi.AnswerCallbackQueryAsync(query.Id, FeedbackTexts.Toast(result.Change, vote), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Vote {Vote} on question {QuestionId}: {Change}")]
    private partial void LogVote(long questionId, int vote, VoteChange change);
}
