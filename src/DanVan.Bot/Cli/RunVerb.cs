using System.CommandLine;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Settings;
using Microsoft.AspNetCore.Builder;
using DanVan.Bot.Messaging;
using DanVan.Core.Ingestion;
using DanVan.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Cli;

/// <summary><c>run</c>: the hosted worker (Telegram, digest). Exit codes: 0 stopped, 1 database unusable, 2 configuration, 3 token rejected.</summary>
internal static class RunVerb
{
    public const string TokenMissingMessage =
        "Chưa cấu hình Telegram:BotToken. Hãy đặt biến môi trường Telegram__BotToken bằng mã token mà @BotFather cấp, " +
        "ví dụ: Telegram__BotToken=123456:ABC... dotnet run --project src/DanVan.Bot " +
        "(Telegram:BotToken is not set: set the environment variable Telegram__BotToken).";

    public static Command Create()
    {
        var command = new Command("run", "Chạy bot Telegram (mặc định).");
        command.SetAction((_, ct) => ExecuteAsync(ct));
        return command;
    }

    public static async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var builder = AppHost.CreateBuilder([], quietConsole: false, telegram: true);
        if (!HasToken(builder.Configuration))
        {
            await Console.Error.WriteLineAsync(TokenMissingMessage);
            return 2;
        }

        await using var app = builder.Build();
        var health = app.Services.GetRequiredService<TelegramHealth>();
        DatabaseLock? inUse = null;
        try
        {
            // Held for the bot's whole life (the OS releases it even on kill -9): `restore` refuses while it is held.
            inUse = DatabaseLock.AcquireShared(app.Services.GetRequiredService<SqliteConnectionFactory>().DatabasePath);
            await PrepareAsync(app, cancellationToken);
            // RunAsync disposes the host when it returns: read nothing from app.Services afterwards.
            await app.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ConfigurationErrors.Messages(ex) is { Count: > 0 } failures)
        {
            await ConfigurationErrors.ReportAsync(failures);
            return 2;
        }
        catch (DatabaseException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        finally
        {
            inUse?.Dispose();
        }

        var fatal = health.FatalError;
        if (fatal is not null)
        {
            await Console.Error.WriteLineAsync(fatal);
            return 3;
        }

        return 0;
    }

    /// <summary>What <c>run</c> does before starting the host: validate options, open the database, sync the knowledge, map endpoints.</summary>
    internal static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(cancellationToken);
        app.Services.GetRequiredService<SqliteConnectionFactory>().EnsureInitialized();
        app.Services.GetRequiredService<IndexMaintenance>().EnsureFormat(CliContext.ReportIndexUpdate);
        await app.Services.GetRequiredService<KnowledgeSync>().SyncAsync(cancellationToken);
        app.MapTelegram();
    }

    internal static bool HasToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}"]);
}
