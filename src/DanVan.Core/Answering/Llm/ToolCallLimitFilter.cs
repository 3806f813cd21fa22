using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace DanVan.Core.Answering.Llm;

/// <summary>
/// Counts the tools the model calls for one question; past <see cref="LlmOptions.MaxToolCalls"/> it stops the
/// exchange (the call is not made) and marks the ledger, so the composer answers extractively instead of waiting on a
/// model that keeps searching.
/// </summary>
internal sealed partial class ToolCallLimitFilter(int maxToolCalls, ILogger logger) : IAutoFunctionInvocationFilter
{
    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var ledger = CitationLedger.Of(context.Kernel);
        if (!ledger.TryCountToolCall(maxToolCalls))
        {
            LogLimitReached(maxToolCalls, context.Function.Name);
            context.Terminate = true;
            return;
        }

        LogToolCall(context.Function.PluginName, context.Function.Name, ledger.ToolCalls);
        await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model asked for more than {MaxToolCalls} tool calls (next: {Function}); stopping it and using the extractive answer.")]
    private partial void LogLimitReached(int maxToolCalls, string function);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The model called {Plugin}.{Function} (call {Count} for this question).")]
    private partial void LogToolCall(string? plugin, string function, int count);
}
