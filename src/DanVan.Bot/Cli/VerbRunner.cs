using DanVan.Core.Storage;
using Spectre.Console;

namespace DanVan.Bot.Cli;

/// <summary>
/// Runs a CLI verb's body on a <see cref="CliContext"/> (the one way a verb gets the app's services: options validated,
/// database opened and locked as in use); configuration, database and file problems become a message and exit code 1.
/// </summary>
internal static class VerbRunner
{
    public static async Task<int> RunAsync(Func<IServiceProvider, IAnsiConsole, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        await using var context = await CliContext.CreateAsync(syncKnowledge: false, cancellationToken);
        if (context is null)
        {
            return 1;
        }

        try
        {
            return await body(context.Services, AnsiConsole.Console, cancellationToken);
        }
        catch (Exception ex) when (ex is DatabaseException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
