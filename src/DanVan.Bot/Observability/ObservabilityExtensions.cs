using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Bot.Observability;

/// <summary>Registers <see cref="BotMetrics"/> (and the platform's IMeterFactory it is built on); safe to call more than once.</summary>
public static class ObservabilityExtensions
{
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        return services;
    }
}
