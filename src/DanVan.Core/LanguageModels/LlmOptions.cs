using System.ComponentModel.DataAnnotations;
using DanVan.Core.Settings;

namespace DanVan.Core.LanguageModels;

/// <summary>
/// Optional LLM mode (section <c>Llm</c>). With <see cref="LlmProvider.None"/> the bot answers extractively and
/// no model is contacted. With <see cref="LlmProvider.OpenAI"/> a chat model writes the answer from the retrieved
/// passages, and any failure falls back to the extractive answer.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>None (default) or OpenAI (any OpenAI-compatible server).</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Base URL of the API, e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (Ollama).</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key; may be empty for local servers that do not check it. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Chat model (or Azure deployment) name, e.g. gpt-4.1-mini or qwen2.5:7b-instruct.</summary>
    public string? ChatModel { get; set; }

    /// <summary>Embedding model name; when set, passages are embedded and vector search is fused with BM25.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>
    /// Longest wait for a model before falling back: for an answer, the whole exchange (every round trip and every
    /// tool call); for embedding or condensing, the one call.
    /// </summary>
    [SettingRange(1, 600, ErrorMessage = "Llm:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How many of the best passages go into the prompt.</summary>
    [SettingRange(1, 20, ErrorMessage = "Llm:MaxPassages must be between 1 and 20.")]
    public int MaxPassages { get; set; } = 6;

    /// <summary>Sampling temperature; unset leaves the server's default (some models accept only their default).</summary>
    [SettingRange(0.0, 2.0, ErrorMessage = "Llm:Temperature must be between 0 and 2.")]
    public float? Temperature { get; set; }

    /// <summary>How many times the model may call the bot's tools (search the materials, read the course calendar) for one question; 0 turns the tools off.</summary>
    [SettingRange(0, 10, ErrorMessage = "Llm:MaxToolCalls must be between 0 and 10.")]
    public int MaxToolCalls { get; set; } = 3;

    /// <summary>The answer prompt template (Semantic Kernel format); a relative path is resolved against the program's folder.</summary>
    public string PromptTemplatePath { get; set; } = DefaultPromptTemplatePath;

    /// <summary>The template shipped beside the program.</summary>
    public const string DefaultPromptTemplatePath = "Prompts/answer.vi.txt";

    /// <summary><see cref="PromptTemplatePath"/> as an absolute path.</summary>
    public string PromptTemplateFullPath => Path.GetFullPath(
        string.IsNullOrWhiteSpace(PromptTemplatePath) ? DefaultPromptTemplatePath : PromptTemplatePath.Trim(), AppContext.BaseDirectory);

    /// <summary>True when an embedding model is configured for an enabled provider.</summary>
    public bool EmbeddingsEnabled => Provider != LlmProvider.None && !string.IsNullOrWhiteSpace(EmbeddingModel);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == LlmProvider.None)
        {
            if (!string.IsNullOrWhiteSpace(EmbeddingModel))
            {
                yield return new ValidationResult(
                    "Llm:EmbeddingModel is set but Llm:Provider is None: set Llm:Provider to OpenAI (with Llm:Endpoint), or remove Llm:EmbeddingModel.",
                    [nameof(EmbeddingModel)]);
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            yield return new ValidationResult(
                "Llm:Provider is OpenAI but Llm:Endpoint is not set: set it to the API base URL, e.g. https://api.openai.com/v1 " +
                "or http://localhost:11434/v1 for Ollama (environment variable Llm__Endpoint).",
                [nameof(Endpoint)]);
        }
        else if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                "Llm:Endpoint must be an absolute http(s) URL such as https://api.openai.com/v1.",
                [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(ChatModel))
        {
            yield return new ValidationResult(
                "Llm:Provider is OpenAI but Llm:ChatModel is not set: set it to the model (or Azure deployment) name, " +
                "e.g. gpt-4.1-mini or qwen2.5:7b-instruct (environment variable Llm__ChatModel).",
                [nameof(ChatModel)]);
        }

        if (PromptTemplateFile.Check(PromptTemplateFullPath) is { } templateError)
        {
            yield return new ValidationResult(templateError, [nameof(PromptTemplatePath)]);
        }
    }
}
