using DanVan.Core.Answering.Llm;
using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Answering;

/// <summary>
/// LLM mode: a chat model, run on Semantic Kernel, writes the answer from the numbered passages and may call the
/// bot's tools (search the materials again, read the course calendar). Every [n] is checked against what the model
/// was given or fetched. A refusal becomes the standard "not in the materials" reply (or related material, when the
/// model quotes some); any model error, timeout, invalid citation or runaway tool use falls back to the extractive
/// composer.
/// </summary>
public sealed partial class LlmAnswerComposer : IAnswerComposer
{
    /// <summary><see cref="Answer.Mode"/> of an answer written by the model (or its refusal).</summary>
    public const string LlmMode = "llm";

    /// <summary><see cref="Answer.Mode"/> of the extractive answer given because the model failed.</summary>
    public const string FallbackMode = "fallback";

    private readonly AnswerKernel _kernel;
    private readonly IAnswerComposer _fallback;
    private readonly LlmOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LlmAnswerComposer> _logger;

    internal LlmAnswerComposer(
        AnswerKernel kernel,
        IAnswerComposer fallback,
        IOptions<LlmOptions> options,
        TimeProvider timeProvider,
        ILogger<LlmAnswerComposer> logger)
    {
        _kernel = kernel;
        _fallback = fallback;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<Answer> ComposeAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0 && !_kernel.ToolsEnabled)
        {
            // Nothing passed the relevance threshold and the model cannot search: it has nothing to ground an answer on.
            return Refusal(question);
        }

        var given = passages.Count > _options.MaxPassages ? passages.Take(_options.MaxPassages).ToList() : passages;
        var ledger = new CitationLedger();
        var call = await ModelCall.TryAsync(_logger, $"answering with {_options.ChatModel}", "using the extractive answer",
            TimeSpan.FromSeconds(_options.TimeoutSeconds), _timeProvider,
            ct => _kernel.AnswerAsync(question, ledger, given, ct), cancellationToken);
        if (!call.Succeeded || call.Value is not { } reply)
        {
            return await FallbackAsync(question, passages, cancellationToken);
        }

        switch (reply.Kind)
        {
            case LlmReplyKind.Refusal:
                LogRefused(ledger.Count, ledger.ToolCalls);
                return Refusal(question);
            case LlmReplyKind.Invalid:
                LogReplyRejected(reply.Reason ?? "invalid");
                return await FallbackAsync(question, passages, cancellationToken);
        }

        var sources = reply.CitedPassages.Select((index, i) => ledger.Source(index, i + 1)).ToList();
        return reply.Kind == LlmReplyKind.Related
            ? AnswerFactory.Related(question, reply.Body, sources, LlmMode)
            : AnswerFactory.Grounded(question, reply.Body, sources, LlmMode);
    }

    private async Task<Answer> FallbackAsync(string question, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken)
    {
        // The extractive composer's own outcome (answered, related or none) stands.
        var answer = await _fallback.ComposeAsync(question, passages, cancellationToken);
        return answer with { Mode = FallbackMode };
    }

    private static Answer Refusal(string question) => AnswerFactory.NotFound(question, LlmMode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LLM reply was rejected ({Reason}); using the extractive answer.")]
    private partial void LogReplyRejected(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The LLM found no answer in the {PassageCount} passages it saw ({ToolCalls} tool calls).")]
    private partial void LogRefused(int passageCount, int toolCalls);
}
