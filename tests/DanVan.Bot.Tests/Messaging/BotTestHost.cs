using System.Globalization;
using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core;
using DanVan.Core.Answering;
using DanVan.Core.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.Messaging;

/// <summary>
/// The bot as <c>run</c> hosts it (AddDanVanCore, AddTelegram, MapTelegram on a WebApplication), configured for a
/// <see cref="FakeBotApiServer"/>, with fake answering/ingestion, a real SQLite file, fast retries and every log captured.
/// </summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    public const long AdminId = 111_000_111;

    private bool _stopped;

    private BotTestHost(WebApplication app, FakeQuestionAnswerer answerer, FakeKnowledgeAdmin knowledge, CapturingLoggerProvider logs, AcceleratedTimeProvider time)
    {
        App = app;
        Answerer = answerer;
        Knowledge = knowledge;
        Logs = logs;
        Time = time;
    }

    public WebApplication App { get; }

    public FakeQuestionAnswerer Answerer { get; }

    public FakeKnowledgeAdmin Knowledge { get; }

    public CapturingLoggerProvider Logs { get; }

    public AcceleratedTimeProvider Time { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>The bot's own HTTP address (when it listens: Webhook mode or Telegram:ListenUrls).</summary>
    public string ListenAddress => App.Urls.First().TrimEnd('/');

    public static async Task<BotTestHost> StartAsync(
        FakeBotApiServer server,
        string databasePath,
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null,
        FakeQuestionAnswerer? answerer = null,
        FakeKnowledgeAdmin? knowledge = null,
        CapturingLoggerProvider? logs = null,
        bool realCore = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["Telegram:BotToken"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Telegram:RequestTimeoutSeconds"] = "5",
            ["Telegram:RetryBaseDelayMilliseconds"] = "20",
            ["Telegram:RetryMaxDelaySeconds"] = "1",
            ["Bot:AdminUserIds:0"] = AdminId.ToString(CultureInfo.InvariantCulture),
        };
        configure?.Invoke(settings);

        answerer ??= new FakeQuestionAnswerer();
        knowledge ??= new FakeKnowledgeAdmin();
        logs ??= new CapturingLoggerProvider();
        var time = new AcceleratedTimeProvider();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.AddDanVanCore();
        builder.AddTelegram();
        builder.Services.AddSingleton<TimeProvider>(time);
        if (!realCore)
        {
            builder.Services.AddSingleton<IQuestionAnswerer>(answerer);
            builder.Services.AddSingleton<IKnowledgeAdmin>(knowledge);
        }

        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapTelegram();
        await app.StartAsync();
        return new BotTestHost(app, answerer, knowledge, logs, time);
    }

    /// <summary>A fresh database path in the temp folder.</summary>
    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "danvan-telegram-tests", Guid.NewGuid().ToString("N") + ".db");

    /// <summary>Deletes a test database and its WAL files.</summary>
    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".lock", path + ".before-restore" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>
    /// Waits until every received update is handled (or set aside) and the outbox is empty. Polling confirms an update to
    /// Telegram as soon as it is stored, before it is handled: a confirmed offset alone does not mean "answered".
    /// </summary>
    public async Task WaitForIdleAsync(TimeSpan? timeout = null)
    {
        var state = Services.GetRequiredService<TelegramStateStore>();
        var outbox = Services.GetRequiredService<DanVan.Bot.Messaging.Delivery.OutboxStore>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (await state.GetOldestPendingAsync(CancellationToken.None) is not null
               || (await outbox.GetBacklogAsync(CancellationToken.None)).Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bot still has updates or replies waiting.");
            }

            await Task.Delay(20);
        }
    }

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await App.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await App.DisposeAsync();
    }
}
