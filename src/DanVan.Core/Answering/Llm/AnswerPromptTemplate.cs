using DanVan.Core.LanguageModels;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace DanVan.Core.Answering.Llm;

/// <summary>
/// The operator's answer prompt: a Semantic Kernel template file (<c>&lt;message role="…"&gt;</c> blocks with the
/// variables <c>{{$cau_hoi}}</c>, <c>{{$tai_lieu}}</c> and optionally <c>{{$hom_nay}}</c>) turned into the kernel
/// function that answers. The file is checked at start; afterwards an edit is picked up at the next question, and an
/// edit that breaks the template is logged and ignored (the last good version stays in use).
/// </summary>
internal sealed partial class AnswerPromptTemplate(string path, PromptExecutionSettings settings, ILogger logger)
{
    /// <summary>Name of the answer function (what <see cref="CitationCheckFilter"/> checks).</summary>
    public const string FunctionName = "answer";

    private readonly Lock _lock = new();
    private (DateTime Written, long Length, KernelFunction Function)? _current;

    /// <summary>The answer function for the file as it is now (re-read only when the file changed).</summary>
    public KernelFunction Function()
    {
        var info = new FileInfo(path);
        lock (_lock)
        {
            if (_current is { } current && info.Exists && current.Written == info.LastWriteTimeUtc && current.Length == info.Length)
            {
                return current.Function;
            }

            if (PromptTemplateFile.TryRead(path, out var text, out var error))
            {
                var config = new PromptTemplateConfig(text)
                {
                    Name = FunctionName,
                    TemplateFormat = PromptTemplateConfig.SemanticKernelTemplateFormat,
                };
                config.AddExecutionSettings(settings);
                var function = KernelFunctionFactory.CreateFromPrompt(config);
                if (_current is not null)
                {
                    LogReloaded(path);
                }

                _current = (info.LastWriteTimeUtc, info.Length, function);
                return function;
            }

            if (_current is { } lastGood)
            {
                LogBroken(path, error);
                // Remember the broken version so the warning is not repeated for every question.
                _current = (info.Exists ? info.LastWriteTimeUtc : default, info.Exists ? info.Length : -1, lastGood.Function);
                return lastGood.Function;
            }

            throw new InvalidOperationException(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The answer prompt template {Path} changed; using the new version.")]
    private partial void LogReloaded(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The edited answer prompt template cannot be used: {Problem} Keeping the previous version of {Path}.")]
    private partial void LogBroken(string path, string problem);
}
