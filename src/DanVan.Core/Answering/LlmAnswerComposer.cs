using DanVan.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Answering;

/// <summary>
/// LLM mode: a chat model writes the answer from the numbered passages, with [n] citations that are checked
/// against the passages. A refusal (or an answer citing nothing) becomes the standard "not in the materials" reply;
/// any model error, timeout or invalid citation falls back to the extractive composer.
/// </summary>
/// <param name="chatClient">The model.</param>
/// <param name="fallback">The extractive composer, used whenever the model cannot give a valid answer.</param>
public sealed partial class LlmAnswerComposer(
    IChatClient chatClient,
    IAnswerComposer fallback,
    IOptions<LlmOptions> options,
    TimeProvider timeProvider,
    ILogger<LlmAnswerComposer> logger) : IAnswerComposer
{
    /// <summary><see cref="Answer.Mode"/> of an answer written by the model (or its refusal).</summary>
    public const string LlmMode = "llm";

    /// <summary><see cref="Answer.Mode"/> of the extractive answer given because the model failed.</summary>
    public const string FallbackMode = "fallback";

    private readonly LlmOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<Answer> ComposeAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            // Nothing passed the relevance threshold: the model has nothing to ground an answer on.
            return Refusal(question);
        }

        var used = passages.Count > _options.MaxPassages ? passages.Take(_options.MaxPassages).ToList() : passages;
        var messages = LlmPromptBuilder.Build(question, used);
        var chatOptions = new ChatOptions { Temperature = _options.Temperature };

        string? replyText;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), timeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                var response = await chatClient.GetResponseAsync(messages, chatOptions, linked.Token);
                replyText = response.Text;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                LogTimedOut(_options.ChatModel, _options.TimeoutSeconds);
                return await FallbackAsync(question, passages, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogModelFailed(ex, _options.ChatModel, ex.GetType().Name);
                return await FallbackAsync(question, passages, cancellationToken);
            }
        }

        var reply = LlmReplyParser.Parse(replyText, used.Count);
        switch (reply.Kind)
        {
            case LlmReplyKind.Refusal:
                LogRefused(used.Count);
                return Refusal(question);
            case LlmReplyKind.Invalid:
                LogReplyRejected(reply.Reason ?? "invalid");
                return await FallbackAsync(question, passages, cancellationToken);
        }

        var sources = reply.CitedPassages
            .Select((index, i) => AnswerFactory.ToSource(used[index], i + 1))
            .ToList();
        return AnswerFactory.Grounded(question, reply.Body, sources, LlmMode);
    }

    private async Task<Answer> FallbackAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken)
    {
        var answer = await fallback.ComposeAsync(question, passages, cancellationToken);
        return answer with { Mode = FallbackMode };
    }

    private static Answer Refusal(string question) => AnswerFactory.NotFound(question, LlmMode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LLM ({Model}) did not answer within {TimeoutSeconds} s; using the extractive answer.")]
    private partial void LogTimedOut(string? model, int timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LLM ({Model}) call failed ({ErrorType}); using the extractive answer.")]
    private partial void LogModelFailed(Exception exception, string? model, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LLM reply was rejected ({Reason}); using the extractive answer.")]
    private partial void LogReplyRejected(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The LLM found no answer in the {PassageCount} passages given.")]
    private partial void LogRefused(int passageCount);
}
