using DanVan.Core.Answering.Llm;
using DanVan.Core.Courses;
using DanVan.Core.LanguageModels;
using DanVan.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Answering;

/// <summary>
/// Registers the services whose implementation depends on whether a model is configured. Each is a factory that
/// reads <see cref="LlmOptions"/> when first resolved, so it does not matter whether the host's <c>AddLlm()</c>
/// (which registers the <see cref="IChatClient"/> and embedding generator) runs before or after the core.
/// </summary>
internal static class ModelServiceRegistration
{
    /// <summary>
    /// <see cref="IAnswerComposer"/>: the <see cref="ExtractiveAnswerComposer"/> or, with <c>Llm:Provider</c> set,
    /// the LLM composer (on a Semantic Kernel <see cref="AnswerKernel"/>) wrapping it as its fallback.
    /// Likewise <see cref="IQuestionCondenser"/> (keyword or LLM) and <see cref="IVectorRetriever"/> (none or embeddings).
    /// </summary>
    public static IServiceCollection AddModelAwareServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KeywordQuestionCondenser>();
        services.TryAddSingleton<VectorSearch>();
        services.TryAddSingleton<CourseStore>();
        // Created only in LLM mode (resolved by the composer factory below): extractive mode builds no kernel.
        services.TryAddSingleton(sp => new AnswerKernel(ChatClient(sp), sp.GetRequiredService<Retriever>(),
            sp.GetRequiredService<CourseStore>(),
            // The bot registers the digest's schedule (its time zone says what "today" is); without it, Vietnam time.
            sp.GetService<DigestSchedule>() ?? DigestSchedule.FromOptions(new DigestOptions()),
            sp.GetRequiredService<IOptions<LlmOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));

        services.TryAddSingleton<IAnswerComposer>(sp =>
        {
            IAnswerComposer extractive = sp.GetRequiredService<ExtractiveAnswerComposer>();
            return UsesChatModel(sp)
                ? new LlmAnswerComposer(sp.GetRequiredService<AnswerKernel>(), extractive, sp.GetRequiredService<IOptions<LlmOptions>>(),
                    sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LlmAnswerComposer>>())
                : extractive;
        });

        services.TryAddSingleton<IQuestionCondenser>(sp => UsesChatModel(sp)
            ? new LlmQuestionCondenser(ChatClient(sp), sp.GetRequiredService<IOptions<LlmOptions>>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LlmQuestionCondenser>>())
            : sp.GetRequiredService<KeywordQuestionCondenser>());

        services.TryAddSingleton<IVectorRetriever>(sp =>
            sp.GetRequiredService<IOptions<LlmOptions>>().Value.EmbeddingsEnabled
                ? ActivatorUtilities.CreateInstance<EmbeddingVectorRetriever>(sp, EmbeddingGenerator(sp))
                : new NullVectorRetriever());

        return services;
    }

    private static bool UsesChatModel(IServiceProvider services) =>
        services.GetRequiredService<IOptions<LlmOptions>>().Value.Provider != LlmProvider.None;

    private static IChatClient ChatClient(IServiceProvider services) =>
        services.GetService<IChatClient>()
        ?? throw new InvalidOperationException("Llm:Provider is set but no chat client is registered: call builder.AddLlm() at start-up.");

    private static IEmbeddingGenerator<string, Embedding<float>> EmbeddingGenerator(IServiceProvider services) =>
        services.GetService<IEmbeddingGenerator<string, Embedding<float>>>()
        ?? throw new InvalidOperationException("Llm:EmbeddingModel is set but no embedding generator is registered: call builder.AddLlm() at start-up.");
}
