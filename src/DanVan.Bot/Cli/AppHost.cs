using DanVan.Bot.Courses;
using DanVan.Bot.Llm;
using DanVan.Bot.Questions;
using DanVan.Bot.Messaging;
using DanVan.Bot.Storage;
using DanVan.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Cli;

/// <summary>
/// Builds the one host every verb uses. Configuration: appsettings.json in the working directory
/// (the repository root under <c>dotnet run</c>), then environment variables (<c>Section__Key</c>).
/// </summary>
internal static class AppHost
{
    /// <summary>
    /// Creates the builder with configuration, logging and the features. Telegram is added for <c>run</c> only: the
    /// other verbs work without a bot token (the first command a new user runs is <c>ask</c>).
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, bool quietConsole, bool telegram = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The default appsettings sources reload on change, which watches the whole content root (the working
            // directory, where data/ and the database live): every database write then woke a watcher thread, a few
            // per cent of a core while ingesting. The sources are replaced below without reloading anyway.
            Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });

        builder.Configuration.Sources.Clear();
        builder.Configuration
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();

        builder.Logging.ClearProviders();
        if (quietConsole)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:DanVan"] = "Warning",
                ["Logging:LogLevel:Microsoft"] = "Warning",
            });
            // CLI verbs print results on stdout; logs would mix with them, so only warnings go to stderr.
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
                o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            });
        }

        // Default HttpClient logging prints request URLs, which contain the bot token in the path.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);

        builder.AddDanVanCore();
        builder.Services.AddBotSchema();
        builder.AddCourses();
        builder.AddLlm();
        builder.AddQuestionLog();
        if (telegram)
        {
            builder.AddTelegram();
        }

        return builder;
    }
}
