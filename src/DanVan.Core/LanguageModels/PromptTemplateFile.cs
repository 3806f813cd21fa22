using System.Text.RegularExpressions;
using System.Xml;

namespace DanVan.Core.LanguageModels;

/// <summary>
/// Reads and checks the answer prompt template file (<c>Llm:PromptTemplatePath</c>). Kept apart from Answering's
/// AnswerPromptTemplate and free of Semantic Kernel types, so validating the options at start loads no Semantic Kernel
/// assembly in extractive mode.
/// </summary>
internal static partial class PromptTemplateFile
{
    public const string QuestionVariable = "cau_hoi";
    public const string PassagesVariable = "tai_lieu";
    public const string TodayVariable = "hom_nay";

    /// <summary>Why the template at <paramref name="path"/> cannot be used, or null when it can.</summary>
    public static string? Check(string path) => TryRead(path, out _, out var error) ? null : error;

    /// <summary>Reads the template; false with a message naming the file and the problem when it cannot be used.</summary>
    public static bool TryRead(string path, out string text, out string error)
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
}
