using System.CommandLine;

namespace DanVan.Bot.Cli;

/// <summary><c>run</c>: the hosted worker (Telegram, digest).</summary>
internal static class RunVerb
{
    public static Command Create()
    {
        var command = new Command("run", "Chạy bot Telegram (mặc định).");
        command.SetAction((_, ct) => ExecuteAsync(ct));
        return command;
    }

    public static async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var builder = AppHost.CreateBuilder([], quietConsole: false);
        await using var app = builder.Build();
        await Console.Error.WriteLineAsync("Telegram:BotToken is not set (set the environment variable Telegram__BotToken).");
        await Task.CompletedTask;
        _ = cancellationToken;
        return 2;
    }
}
