namespace DanVan.Core.LanguageModels;

/// <summary>Which language model backs LLM mode.</summary>
public enum LlmProvider
{
    /// <summary>No model: answers are extractive (quoted from the passages).</summary>
    None,

    /// <summary>Any OpenAI-compatible endpoint: OpenAI, Azure OpenAI v1, Ollama, vLLM, llama.cpp server.</summary>
    OpenAI,
}
