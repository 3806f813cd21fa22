using DanVan.Bot.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DanVan.Bot.Benchmarks;

/// <summary>The real bot host, started the way <c>run</c> starts it, with benchmark settings on top of the usual configuration.</summary>
internal static class InProcessBot
{
    public static async Task<WebApplication> StartAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = AppHost.CreateBuilder([], quietConsole: true, telegram: true);
        builder.Configuration.AddInMemoryCollection(settings);
        var app = builder.Build();
        try
        {
            await RunVerb.PrepareAsync(app, cancellationToken);
            await app.StartAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
