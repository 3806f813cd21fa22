using DanVan.Bot.Messaging.Handling;
using DanVan.Bot.Messaging.Receiving;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging.Worker;
using DanVan.Bot.Observability;
using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Commands;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Feedback;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Bot.Messaging.Replies;
using DanVan.Core.Settings;
using DanVan.Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Telegram.Bot;

namespace DanVan.Bot.Messaging;

/// <summary>Registers the Telegram bot (options, Bot API client, handlers, the hosted worker) and maps its HTTP endpoints.</summary>
public static class TelegramServiceExtensions
{
    /// <summary>
    /// Adds the bot. Other features add commands with <c>services.AddSingleton&lt;IBotCommand, T&gt;()</c>, callback handlers
    /// with <c>AddSingleton&lt;ICallbackHandler, T&gt;()</c> and chat-migration listeners with
    /// <c>AddSingleton&lt;IChatMigrationListener, T&gt;()</c>. Nothing connects to Telegram until the host starts.
    /// </summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotSchema();

        services.AddValidatedOptions<TelegramOptions, TelegramOptionsValidator>(TelegramOptions.SectionName);
        services.AddValidatedOptions<BotOptions, BotOptionsValidator>(BotOptions.SectionName);

        // The default HttpClient loggers print request URLs, and the token is in the path: remove them. The one client is
        // kept for the process's life, so its pooled connections are renewed every few minutes (DNS changes are seen).
        services.AddHttpClient(ResilientTelegramBotClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddSingleton(sp => TelegramRetryPolicy.FromOptions(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddBotMetrics();
        services.TryAddSingleton<ITelegramBotClient, ResilientTelegramBotClient>();

        services.TryAddSingleton<TelegramHealth>();
        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<TelegramStateStore>();
        services.TryAddSingleton<FollowUpStore>();
        services.TryAddSingleton<UserRateLimiter>();
        services.TryAddSingleton<TypingIndicator>();
        services.TryAddSingleton<ChatMigrationNotifier>();
        services.TryAddSingleton<StorageGate>();
        services.TryAddSingleton<StorageOutageNotifier>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<UpdateInbox>();
        services.TryAddSingleton<InboxWorker>();
        services.TryAddSingleton<FailedUpdates>();
        services.TryAddSingleton<ReplySender>();
        services.TryAddSingleton<QuestionResponder>();
        services.TryAddSingleton<DocumentUploadHandler>();
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<UpdateHandler>();
        services.TryAddSingleton<UpdateProcessor>();
        services.TryAddSingleton<BotInitializer>();
        services.TryAddSingleton<PollingReceiver>();
        services.TryAddSingleton<WebhookReceiver>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, StartCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, HelpCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, AskCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, DocsCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, RemoveCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, IngestCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, UnansweredCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, StatsCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, CoverageCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICallbackHandler, FeedbackCallbackHandler>());

        services.AddHostedService<TelegramBotService>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<ReceivingHealthCheck>("receiving")
            .AddCheck<TelegramApiHealthCheck>("telegram")
            .AddCheck<UpdatesHealthCheck>("updates");

        // Read raw (options are not built yet): in Polling mode without ListenUrls nothing listens, so no port is opened.
        var mode = builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Mode)}"];
        var listen = builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.ListenUrls)}"];
        var webhook = string.Equals(mode, nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase);
        if (TelegramOptions.EffectiveListenUrls(webhook ? TelegramMode.Webhook : TelegramMode.Polling, listen).Count == 0)
        {
            services.AddSingleton<IServer, NullServer>();
        }
        else
        {
            // Scraped at /metrics: the bot's meter (BotMetrics) in Prometheus text format.
            services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName).AddPrometheusExporter());
        }

        return builder;
    }

    /// <summary>
    /// Maps /healthz (the health checks: database writable, receiving loop, Telegram), /metrics (Prometheus) when the bot
    /// listens on HTTP, and, in Webhook mode, the webhook endpoint at the path of Telegram:WebhookUrl; sets the listen URLs.
    /// Validates every options class first, so a bad configuration is reported in full (OptionsValidationException, or an
    /// AggregateException of them) before anything starts.
    /// </summary>
    public static WebApplication MapTelegram(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Options validation is synchronous work behind an async interface; blocking here at start-up is harmless.
        if (app.Services.GetService<IAsyncStartupValidator>() is { } validator)
        {
            validator.ValidateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        var options = app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        foreach (var url in options.EffectiveListenUrls())
        {
            app.Urls.Add(url);
        }

        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        if (app.Urls.Count > 0)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            app.MapPost(new Uri(options.WebhookUrl!).AbsolutePath, WebhookEndpoint.HandleAsync);
        }

        return app;
    }
}
