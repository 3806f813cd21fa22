using DanVan.Bot.Observability;
using DanVan.Bot.Messaging;
using DanVan.Core.Courses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DanVan.Bot.Courses;

/// <summary>Registers the course calendar (Core's AddCourseCalendar), the Telegram commands and notifier, and the daily digest.</summary>
public static class CoursesExtensions
{
    public static IHostApplicationBuilder AddCourses(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddCourseCalendar();
        services.TryAddSingleton<CourseImporter>();

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
