using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Bot.Messaging.Receiving;
using DanVan.Bot.Messaging.Settings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Worker;

/// <summary>
/// The hosted worker: start-up with Telegram, then three loops until the host stops: receiving (polling, or registering
/// the webhook), handling stored updates, and delivering the outbox.
/// </summary>
internal sealed partial class TelegramBotService : BackgroundService
{
    private readonly BotInitializer _initializer;
    private readonly PollingReceiver _polling;
    private readonly WebhookReceiver _webhook;
    private readonly InboxWorker _worker;
    private readonly OutboxDispatcher _dispatcher;
    private readonly StorageOutageNotifier _outages;
    private readonly TelegramHealth _health;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TelegramMode _mode;
    private readonly ILogger _logger;

    public TelegramBotService(BotInitializer initializer, PollingReceiver polling, WebhookReceiver webhook, InboxWorker worker,
        OutboxDispatcher dispatcher, StorageOutageNotifier outages, TelegramHealth health, IHostApplicationLifetime lifetime,
        IOptions<TelegramOptions> options, ILogger<TelegramBotService> logger)
    {
        _initializer = initializer;
        _polling = polling;
        _webhook = webhook;
        _worker = worker;
        _dispatcher = dispatcher;
        _outages = outages;
        _health = health;
        _lifetime = lifetime;
        _mode = options.Value.Mode;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!await _initializer.InitializeAsync(stoppingToken))
            {
                _lifetime.StopApplication();
                return;
            }

            _outages.Attach();
            await Task.WhenAll(
                _mode == TelegramMode.Webhook ? _webhook.RunAsync(stoppingToken) : _polling.RunAsync(stoppingToken),
                _worker.RunAsync(stoppingToken),
                _dispatcher.RunAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal stop.
        }
        catch (Exception ex)
        {
            // The loops handle their own failures; getting here is a bug, and a bot that silently stopped is worse than a stop.
            LogCrashed(ex);
            _health.RecordFatal("The Telegram worker stopped unexpectedly: " + ex.Message);
            _lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The Telegram worker stopped unexpectedly")]
    private partial void LogCrashed(Exception exception);
}
