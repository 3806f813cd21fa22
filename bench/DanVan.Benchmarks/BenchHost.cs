using DanVan.Core;
using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using DanVan.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Benchmarks;

/// <summary>
/// DanVan.Core's services on one database, configured as the bot is (appsettings.json in the working directory, then
/// environment variables), with the ingestion observer the bot registers (course suggestions, without its Telegram
/// notifier), so that what is measured is the shipped pipeline. Hosted services are not started.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchHost(IHost host) => _host = host;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Opens (creating or upgrading) the database; null, after printing why, when the configuration is wrong.</summary>
    public static async Task<BenchHost?> OpenAsync(string database, bool syncKnowledge, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database });
        // Results go to stdout; only warnings, on stderr.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddDanVanCore();
        // The bot's AddCourses starts with this: the observer that finds courses in every ingested document costs ingestion time.
        builder.Services.AddCourseCalendar();

        var host = new BenchHost(builder.Build());
        try
        {
            host.Get<IStartupValidator>().Validate();
            host.Get<SqliteConnectionFactory>().EnsureInitialized();
            host.Get<IndexMaintenance>().EnsureFormat();
            if (syncKnowledge)
            {
                await host.Get<KnowledgeSync>().SyncAsync(cancellationToken);
            }

            return host;
        }
        catch (Exception ex) when (ex is OptionsValidationException or DatabaseException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await host.DisposeAsync();
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
