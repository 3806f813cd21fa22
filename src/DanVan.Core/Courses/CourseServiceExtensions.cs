using DanVan.Core.Ingestion;
using DanVan.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Courses;

/// <summary>
/// Registers the course calendar without a chat platform: the digest options (checked at start) and schedule, the
/// course, suggestion, subscription and digest stores, and the observer that finds courses in every ingested document.
/// The bot's AddCourses adds its commands and the daily digest on top; the benchmarks use this alone.
/// </summary>
public static class CourseServiceExtensions
{
    public static IServiceCollection AddCourseCalendar(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        services.AddValidatedOptions<DigestOptions, DigestOptionsValidator>(DigestOptions.SectionName);
        services.TryAddSingleton(sp => DigestSchedule.FromOptions(sp.GetRequiredService<IOptions<DigestOptions>>().Value));

        services.TryAddSingleton<CourseStore>();
        services.TryAddSingleton<CourseSuggestionStore>();
        services.TryAddSingleton<SubscriptionStore>();
        services.TryAddSingleton<DigestLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionObserver, CourseSuggestionObserver>());
        return services;
    }
}
