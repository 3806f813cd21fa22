using DanVan.Core.Courses;
using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace DanVan.Core.Answering.Llm;

/// <summary>
/// The Semantic Kernel behind LLM mode, built once over the host's <see cref="IChatClient"/>: the operator's prompt
/// template as the answer function, the bot's abilities as plugins the model calls automatically (search the
/// materials, read the course calendar), a filter limiting the tool calls and one checking the citations. Each
/// question runs on a copy of the kernel that carries its own <see cref="CitationLedger"/>.
/// </summary>
internal sealed class AnswerKernel
{
    /// <summary>What the template's passages variable holds when retrieval found nothing relevant.</summary>
    internal const string NoPassagesYet = "(Chưa tìm được đoạn tài liệu nào phù hợp.)";

    private readonly Kernel _kernel;
    private readonly AnswerPromptTemplate _template;
    private readonly DigestSchedule _schedule;
    private readonly TimeProvider _timeProvider;

    public AnswerKernel(
        IChatClient chatClient,
        Retriever retriever,
        CourseStore courses,
        DigestSchedule schedule,
        IOptions<LlmOptions> options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var llm = options.Value;
        _schedule = schedule;
        _timeProvider = timeProvider;
        ToolsEnabled = llm.MaxToolCalls > 0;

        var builder = Kernel.CreateBuilder();
        // No logger factory inside the kernel on purpose: Semantic Kernel's own logging (and the function-invoking
        // client's) writes rendered prompts and tool arguments, which must not reach the logs. Our filters log instead.
        builder.Services.AddSingleton(chatClient.AsBuilder().UseKernelFunctionInvocation().Build());
        if (ToolsEnabled)
        {
            builder.Plugins.AddFromObject(new MaterialsPlugin(retriever, options), MaterialsPlugin.PluginName);
            builder.Plugins.AddFromObject(new CourseCalendarPlugin(courses, schedule, timeProvider), CourseCalendarPlugin.PluginName);
        }

        _kernel = builder.Build();
        var logger = loggerFactory.CreateLogger<LlmAnswerComposer>();
        _kernel.AutoFunctionInvocationFilters.Add(new ToolCallLimitFilter(llm.MaxToolCalls, logger));
        _kernel.FunctionInvocationFilters.Add(new CitationCheckFilter());

        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = ToolsEnabled ? FunctionChoiceBehavior.Auto() : null };
        if (llm.Temperature is { } temperature)
        {
            settings.ExtensionData = new Dictionary<string, object> { ["temperature"] = temperature };
        }

        _template = new AnswerPromptTemplate(llm.PromptTemplateFullPath, settings, logger);
    }

    /// <summary>True when the model may call tools (<see cref="LlmOptions.MaxToolCalls"/> &gt; 0).</summary>
    public bool ToolsEnabled { get; }

    /// <summary>
    /// Runs the answer function for <paramref name="question"/> with the passages already numbered in
    /// <paramref name="ledger"/> (all of them, in order); returns the checked reply. Model errors propagate.
    /// </summary>
    public async Task<LlmReply> AnswerAsync(string question, CitationLedger ledger, IReadOnlyList<RetrievedPassage> given, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(given);
        var numbered = given.Select(p => (ledger.Number(p), p)).ToList();
        var arguments = new KernelArguments
        {
            [PromptTemplateFile.QuestionVariable] = LlmPromptBuilder.Neutralize(question.Trim()),
            [PromptTemplateFile.PassagesVariable] = numbered.Count > 0 ? LlmPromptBuilder.FormatPassages(numbered).TrimEnd() : NoPassagesYet,
            [PromptTemplateFile.TodayVariable] = VietnameseDateFormat.Format(_schedule.LocalDate(_timeProvider.GetUtcNow())),
        };
        var result = await _template.Function().InvokeAsync(ledger.Attach(_kernel), arguments, cancellationToken);
        return result.GetValue<LlmReply>() ?? LlmReply.Invalid("no reply");
    }
}
