using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace DanVan.Bot.Messaging.Receiving;

/// <summary>
/// Webhook mode. The endpoint stores each update in the inbox and answers 200 at once (<see cref="AcceptAsync"/>); the
/// <see cref="InboxWorker"/> handles stored updates in order. This registers the webhook. An update Telegram re-sends is
/// stored once, and updates accepted just before a crash are handled after the restart.
/// </summary>
internal sealed partial class WebhookReceiver
{
    private readonly ITelegramBotClient _bot;
    private readonly TelegramStateStore _state;
    private readonly InboxWorker _worker;
    private readonly TelegramRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly TelegramOptions _options;
    private readonly ILogger _logger;

    public WebhookReceiver(ITelegramBotClient bot, TelegramStateStore state, InboxWorker worker, TelegramRetryPolicy retry,
        TimeProvider time, IOptions<TelegramOptions> options, ILogger<WebhookReceiver> logger)
    {
        _bot = bot;
        _state = state;
        _worker = worker;
        _retry = retry;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Stores an update posted to the webhook (its raw JSON, whatever it holds). False when this update id was received before.</summary>
    public async Task<bool> AcceptAsync(long updateId, string payload, CancellationToken cancellationToken)
    {
        var added = await _state.EnqueueAsync(updateId, payload, cancellationToken);
        if (added)
        {
            _worker.Wake();
        }

        return added;
    }

    /// <summary>Registers the webhook, retrying with a backoff until Telegram accepts it or the host stops.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _bot.SetWebhook(_options.WebhookUrl!, allowedUpdates: TelegramUpdateTypes.Allowed, secretToken: _options.WebhookSecret, cancellationToken: stoppingToken);
                LogRegistered(new Uri(_options.WebhookUrl!).GetLeftPart(UriPartial.Path));
                return;
            }
            catch (RequestException ex)
            {
                var delay = _retry.Backoff(attempt);
                LogRegisterFailed(ex.ErrorCode(), ex.Message, delay.TotalSeconds);
                await Task.Delay(delay, _time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook registered at {Url}")]
    private partial void LogRegistered(string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "setWebhook failed: {ErrorCode} {Description}; retrying in {DelaySeconds:0.#} s")]
    private partial void LogRegisterFailed(int errorCode, string description, double delaySeconds);
}
