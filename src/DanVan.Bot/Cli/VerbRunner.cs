using DanVan.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary>Runs a CLI verb's body against the app's services, turning configuration and database problems into a message and exit code 1.</summary>
internal static class VerbRunner
{
    public static async Task<int> RunAsync(Func<IServiceProvider, IAnsiConsole, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            var builder = AppHost.CreateBuilder([], quietConsole: true);
            await using var app = builder.Build();
            // Held while the verb runs: `restore` refuses to replace a database in use.
            using var inUse = DatabaseLock.AcquireShared(app.Services.GetRequiredService<SqliteConnectionFactory>().DatabasePath);
            return await body(app.Services, AnsiConsole.Console, cancellationToken);
        }
        catch (Exception ex) when (ex is OptionsValidationException or DatabaseException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
