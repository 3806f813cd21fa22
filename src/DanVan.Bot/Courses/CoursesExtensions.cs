using DanVan.Bot.Observability;
using DanVan.Bot.Messaging;
using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Courses;

/// <summary>Registers the course calendar, suggestions from documents, the Telegram commands and the daily digest.</summary>
public static class CoursesExtensions
{
    public static IHostApplicationBuilder AddCourses(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton(sp => DigestSchedule.FromOptions(sp.GetRequiredService<IOptions<DigestOptions>>().Value));

        services.TryAddSingleton<CourseStore>();
        services.TryAddSingleton<CourseSuggestionStore>();
        services.TryAddSingleton<SubscriptionStore>();
        services.TryAddSingleton<DigestLog>();
        services.TryAddSingleton<CourseImporter>();

        services.AddSingleton<IIngestionObserver, CourseSuggestionObserver>();
        services.AddSingleton<ICourseSuggestionNotifier, TelegramSuggestionNotifier>();

        services.TryAddSingleton<ChatPermission>();
        services.AddSingleton<IBotCommand, CoursesCommand>();
        services.AddSingleton<IBotCommand, SubscribeCommand>();
        services.AddSingleton<IBotCommand, UnsubscribeCommand>();
        services.AddSingleton<IBotCommand, AddCourseCommand>();
        services.AddSingleton<IChatMigrationListener, SubscriptionMigrationListener>();
        services.AddSingleton<IBotCommand, RemoveCourseCommand>();
        services.AddSingleton<ICallbackHandler, SuggestionCallbackHandler>();

        services.AddBotMetrics();
        services.TryAddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        return builder;
    }
}
