using System.ClientModel;
using System.ClientModel.Primitives;
using DanVan.Core.LanguageModels;
using OpenAI;

namespace DanVan.Bot.Llm;

/// <summary>Creates the official OpenAI SDK client for any OpenAI-compatible endpoint.</summary>
internal static class OpenAiClientFactory
{
    /// <summary>Sent when no key is configured: local servers (Ollama, vLLM, llama.cpp) ignore it, the SDK requires one.</summary>
    internal const string PlaceholderKey = "no-key";

    public static OpenAIClient Create(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("Llm:Endpoint is not set.");
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? PlaceholderKey : options.ApiKey.Trim();
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(endpoint.Trim()),
            // The composer's own timeout is the real limit; this only stops a connection hanging past it.
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds + 5),
            // No silent retries: a failed answer falls back to the extractive one at once, and pending
            // embeddings are retried by EmbeddingBackfillService.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // The SDK's request logging must never get a chance to print the Authorization header or the prompt.
            ClientLoggingOptions = new ClientLoggingOptions
            {
                EnableLogging = false,
                EnableMessageLogging = false,
                EnableMessageContentLogging = false,
            },
            UserAgentApplicationId = "DanVan.Bot",
        };
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }
}
