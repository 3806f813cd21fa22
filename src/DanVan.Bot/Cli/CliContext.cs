using DanVan.Core.Ingestion;
using DanVan.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Cli;

/// <summary>
/// A built host for a one-shot verb: services resolved, options validated, hosted services not started.
/// Errors a user can fix (bad options, a corrupt database) are printed without a stack trace.
/// </summary>
internal sealed class CliContext : IAsyncDisposable
{
    private readonly WebApplication _app;
    private DatabaseLock? _inUse;

    private CliContext(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Builds the host and validates options. Null (after printing why) when configuration is wrong.</summary>
    public static async Task<CliContext?> CreateAsync(bool syncKnowledge, CancellationToken cancellationToken, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = AppHost.CreateBuilder([], quietConsole: true);
        configure?.Invoke(builder);
        var app = builder.Build();
        var context = new CliContext(app);
        try
        {
            // The host's start-up validation, without starting hosted services.
            await app.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(cancellationToken);
            // Held until the verb ends: `restore` refuses to replace a database in use.
            context._inUse = DatabaseLock.AcquireShared(app.Services.GetRequiredService<SqliteConnectionFactory>().DatabasePath);
            var database = app.Services.GetRequiredService<SqliteConnectionFactory>();
            var firstRun = !File.Exists(database.DatabasePath);
            database.EnsureInitialized();
            app.Services.GetRequiredService<IndexMaintenance>().EnsureFormat(firstRun ? null : ReportIndexUpdate);
            if (syncKnowledge)
            {
                // The very first command (after a silent first build) says what it is doing; later runs stay quiet.
                if (firstRun)
                {
                    await Console.Error.WriteLineAsync($"Lần chạy đầu: đang lập chỉ mục tài liệu trong thư mục knowledge vào {database.DatabasePath}…");
                }

                var results = await app.Services.GetRequiredService<KnowledgeSync>().SyncAsync(cancellationToken);
                if (firstRun)
                {
                    await Console.Error.WriteLineAsync($"Đã lập chỉ mục {results.Count(r => r.Status == IngestStatus.Added)} tài liệu. Các lần chạy sau không cần làm lại.");
                }
            }

            return context;
        }
        catch (Exception ex) when (ConfigurationErrors.Messages(ex) is { Count: > 0 } failures)
        {
            await ConfigurationErrors.ReportAsync(failures);
            await context.DisposeAsync();
            return null;
        }
        catch (DatabaseException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await context.DisposeAsync();
            return null;
        }
    }

    /// <summary>Said on standard error before an index written by an earlier version is brought up to date.</summary>
    internal static void ReportIndexUpdate() =>
        Console.Error.WriteLine("Đang cập nhật chỉ mục tìm kiếm cho phiên bản mới (chỉ làm một lần; kho tài liệu lớn có thể mất khoảng một phút)…");

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _inUse?.Dispose();
    }
}
