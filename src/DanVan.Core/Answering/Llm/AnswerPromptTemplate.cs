using System.Text.RegularExpressions;
using System.Xml;
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

    public const string QuestionVariable = "cau_hoi";
    public const string PassagesVariable = "tai_lieu";
    public const string TodayVariable = "hom_nay";

    private readonly Lock _lock = new();
    private (DateTime Written, long Length, KernelFunction Function)? _current;

    /// <summary>Why the template at <paramref name="path"/> cannot be used, or null when it can.</summary>
    public static string? Check(string path) => TryRead(path, out _, out var error) ? null : error;

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

            if (TryRead(path, out var text, out var error))
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

    private static bool TryRead(string path, out string text, out string error)
    {
        text = string.Empty;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"Llm:PromptTemplatePath: cannot read the answer prompt template '{path}' ({ex.GetType().Name}: {ex.Message}). " +
                    "Point it at a readable file, or remove the setting to use the template shipped beside the program.";
            return false;
        }

        error = Problem(text) is { } problem ? $"Llm:PromptTemplatePath: the answer prompt template '{path}' {problem}." : string.Empty;
        return error.Length == 0;
    }

    /// <summary>What is wrong with a template's text, or null.</summary>
    private static string? Problem(string text)
    {
        foreach (var variable in new[] { QuestionVariable, PassagesVariable })
        {
            if (!Regex.IsMatch(text, @"\{\{\s*\$" + variable + @"\s*\}\}"))
            {
                return $"does not contain {{{{${variable}}}}} (where the {(variable == QuestionVariable ? "question" : "numbered passages")} go)";
            }
        }

        // Semantic Kernel reads the rendered prompt as XML to find the messages; when that fails it silently sends the
        // whole text as one user message, rules included. Catch that here rather than in production.
        var document = new XmlDocument();
        try
        {
            document.LoadXml("<root>" + TemplateBlock().Replace(text, "x") + "</root>");
        }
        catch (XmlException ex)
        {
            return $"is not well-formed ({ex.Message}); write < and & in the text as &lt; and &amp;";
        }

        return document.DocumentElement!.ChildNodes.OfType<XmlElement>().Any(e => e.Name == "message" && e.HasAttribute("role"))
            ? null
            : "has no <message role=\"system\"> or <message role=\"user\"> block";
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex TemplateBlock();

    [LoggerMessage(Level = LogLevel.Information, Message = "The answer prompt template {Path} changed; using the new version.")]
    private partial void LogReloaded(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The edited answer prompt template cannot be used: {Problem} Keeping the previous version of {Path}.")]
    private partial void LogBroken(string path, string problem);
}
