using DanVan.Core.Answering;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Lexicon;
using DanVan.Core.Questions;
using DanVan.Core.Reading;
using DanVan.Core.Retrieval;
using DanVan.Core.Settings;
using DanVan.Core.Storage;
using DanVan.Core.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Core;

/// <summary>Registers the domain services: storage, ingestion, retrieval, answering.</summary>
public static class CoreServiceExtensions
{
    public static IHostApplicationBuilder AddDanVanCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDanVanCore();
        return builder;
    }

    public static IServiceCollection AddDanVanCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(StorageOptions.SectionName);
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName);
        services.AddValidatedOptions<RetrievalOptions, RetrievalOptionsValidator>(RetrievalOptions.SectionName);

        services.TryAddSingleton(sp =>
            // Other parts of the program that keep tables in the file register their SchemaMigrations (the bot does).
            new SqliteConnectionFactory(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath, sp.GetServices<SchemaMigrations>())
            {
                MaxDatabaseMegabytes = sp.GetRequiredService<IOptions<StorageOptions>>().Value.MaxDatabaseMegabytes,
            });
        services.TryAddSingleton<KnowledgeStore>();
        services.TryAddSingleton<IndexMaintenance>();
        services.TryAddSingleton<DatabaseBackup>();

        services.AddValidatedOptions<QuestionLogOptions, QuestionLogOptionsValidator>(QuestionLogOptions.SectionName);
        services.TryAddSingleton<QuestionLog>();
        services.TryAddSingleton<UnansweredReport>();
        services.TryAddSingleton<UsageStatistics>();

        services.AddDocumentReaders();
        services.TryAddSingleton<IngestionPipeline>();
        services.TryAddSingleton<IKnowledgeAdmin>(sp => sp.GetRequiredService<IngestionPipeline>());
        services.TryAddSingleton<KnowledgeSync>();

        services.AddOptions<LexiconOptions>().BindConfiguration(LexiconOptions.SectionName);
        // Abbreviations and stop words: the shipped data plus the admin's file, installed for the process's tokenizer.
        // A local file that cannot be used is logged and the shipped data kept: it never stops the bot.
        services.TryAddSingleton(sp => new LocalLexiconReport(sp.GetService<ILogger<LocalLexiconReport>>()));
        services.TryAddSingleton(sp => WordLists.Use(WordLists.Load(LocalLexiconPath(sp), ReportTo(sp))));
        services.TryAddSingleton(sp => QuestionLexicon.Load(LocalLexiconPath(sp), ReportTo(sp)));
        services.TryAddSingleton<VocabularyCache>();
        services.TryAddSingleton<Retriever>();
        services.TryAddSingleton<ExtractiveAnswerComposer>();
        // IAnswerComposer (extractive, or LLM wrapping it), IQuestionCondenser, IVectorRetriever: chosen from the
        // Llm options when first resolved, so AddLlm() may run before or after this.
        services.AddModelAwareServices();
        services.TryAddSingleton<QuestionAnswerer>();
        services.AddValidatedOptions<ReadingListOptions, ReadingListOptionsValidator>(ReadingListOptions.SectionName);
        services.TryAddSingleton<ReadingListProvider>();
        services.TryAddSingleton<ReadingCoverage>();
        services.TryAddSingleton<ReadingListClassifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMissingDocumentClassifier, ReadingListClassifier>());
        // Declines that name a recommended document not yet loaded say so; the answering itself is QuestionAnswerer's.
        services.TryAddSingleton<IQuestionAnswerer>(sp =>
            new ReadingListAnswerer(sp.GetRequiredService<QuestionAnswerer>(), sp.GetRequiredService<ReadingCoverage>()));
        return services;
    }

    private static Action<string> ReportTo(IServiceProvider sp)
    {
        var path = LocalLexiconPath(sp);
        var report = sp.GetRequiredService<LocalLexiconReport>();
        return problem => report.Report(path, problem);
    }

    private static string LocalLexiconPath(IServiceProvider sp) =>
        sp.GetRequiredService<IOptions<LexiconOptions>>().Value.Resolve(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path);
}
