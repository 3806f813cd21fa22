using Microsoft.SemanticKernel;
using ChatResponse = Microsoft.Extensions.AI.ChatResponse;

namespace DanVan.Core.Answering.Llm;

/// <summary>
/// Checks the answer function's reply against the question's <see cref="CitationLedger"/> — every [n] must be a
/// passage or course the model was given or fetched — and replaces the raw text with the parsed
/// <see cref="LlmReply"/>, so nothing downstream can use an unchecked reply. Tool functions pass through untouched.
/// </summary>
internal sealed class CitationCheckFilter : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context);
        if (context.Function.Name != AnswerPromptTemplate.FunctionName || context.Function.PluginName is not null)
        {
            return;
        }

        var ledger = CitationLedger.Of(context.Kernel);
        var text = context.Result.GetValue<object>() switch
        {
            ChatResponse response => response.Text,
            var other => other?.ToString(),
        };
        var reply = ledger.ToolLimitReached
            ? LlmReply.Invalid($"more than the allowed tool calls ({ledger.ToolCalls})")
            : LlmReplyParser.Parse(text, ledger.Count);
        context.Result = new FunctionResult(context.Result, reply);
    }
}
