using DanVan.Core.Ingestion;
using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using DanVan.Core.Settings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenAI;

namespace DanVan.Bot.Llm;

/// <summary>
/// Optional LLM mode and embeddings. With <c>Llm:Provider</c> = None nothing but the options is registered and the
/// bot answers extractively. With OpenAI, the chat client (and, with <c>Llm:EmbeddingModel</c>, the embedding
/// generator) is registered; the core's factories then pick the LLM composer, the LLM condenser and vector search.
/// </summary>
public static class LlmServiceExtensions
{
    public static IHostApplicationBuilder AddLlm(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(LlmOptions.SectionName);
        if (ProviderError(section) is { } error)
        {
            // Not bound (the binder would throw a bare conversion error): start-up validation reports what to set.
            services.AddOptions<LlmOptions>().Validate(_ => false, error).ValidateOnStart();
            return builder;
        }

        services.AddValidatedOptions<LlmOptions, LlmOptionsValidator>(LlmOptions.SectionName);

        if (!Enum.TryParse<LlmProvider>(section[nameof(LlmOptions.Provider)], ignoreCase: true, out var provider) || provider == LlmProvider.None)
        {
            return builder;
        }

        services.TryAddSingleton(sp => OpenAiClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value));
        services.TryAddSingleton<IChatClient>(sp => sp.GetRequiredService<OpenAIClient>()
            .GetChatClient(sp.GetRequiredService<IOptions<LlmOptions>>().Value.ChatModel)
            .AsIChatClient());

        if (!string.IsNullOrWhiteSpace(section[nameof(LlmOptions.EmbeddingModel)]))
        {
            services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<OpenAIClient>()
                .GetEmbeddingClient(sp.GetRequiredService<IOptions<LlmOptions>>().Value.EmbeddingModel!.Trim())
                .AsIEmbeddingGenerator());
            services.TryAddSingleton<EmbeddingIndexer>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionObserver, EmbeddingIngestionObserver>());
            services.AddHostedService<EmbeddingBackfillService>();
        }

        return builder;
    }

    /// <summary>Why Llm:Provider cannot be used, or null when it is empty, None or OpenAI.</summary>
    private static string? ProviderError(IConfigurationSection section)
    {
        var value = section[nameof(LlmOptions.Provider)];
        return string.IsNullOrWhiteSpace(value) || (Enum.TryParse<LlmProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider))
            ? null
            : $"Llm:Provider '{value}' is not supported: set it to None (extractive answers) or OpenAI. " +
              "OpenAI covers every OpenAI-compatible server (OpenAI, Azure OpenAI v1, Ollama, vLLM, llama.cpp): set Llm:Endpoint to its URL.";
    }
}
