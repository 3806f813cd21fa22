using DanVan.Core.Storage;
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
            return await body(app.Services, AnsiConsole.Console, cancellationToken);
        }
        catch (Exception ex) when (ex is OptionsValidationException or DatabaseException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
