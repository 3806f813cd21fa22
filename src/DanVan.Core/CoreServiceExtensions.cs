using DanVan.Core.Answering;
using DanVan.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Core;

/// <summary>Registers the domain services: storage, ingestion, retrieval, answering.</summary>
public static class CoreServiceExtensions
{
    public static IHostApplicationBuilder AddDanVanCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(sp =>
            new SqliteConnectionFactory(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));

        // IAnswerComposer, IQuestionCondenser, IVectorRetriever: chosen from Llm options when first resolved.
        // Needs the extractive composer registered as a keyed IAnswerComposer (AnswerComposerKeys.Extractive).
        services.AddModelAwareServices();

        return builder;
    }
}
