using System.Text.Json;
using DanVan.Bot.Telegram.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram;

/// <summary>
/// Webhook mode. The endpoint stores each update in the database and answers 200 at once (<see cref="AcceptAsync"/>);
/// this loop registers the webhook, then handles stored updates in order. An update Telegram re-sends is stored once,
/// and updates accepted just before a crash are handled after the restart.
/// </summary>
internal sealed partial class WebhookReceiver : IDisposable
{
    private const int BatchSize = 100;
    private static readonly TimeSpan IdleWake = TimeSpan.FromSeconds(30);

    private readonly ITelegramBotApi _api;
    private readonly UpdateProcessor _processor;
    private readonly TelegramStateStore _state;
    private readonly TelegramRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly TelegramOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _signal = new(0, 1);

    public WebhookReceiver(ITelegramBotApi api, UpdateProcessor processor, TelegramStateStore state, TelegramRetryPolicy retry,
        TimeProvider time, IOptions<TelegramOptions> options, ILogger<WebhookReceiver> logger)
    {
        _api = api;
        _processor = processor;
        _state = state;
        _retry = retry;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Stores an update posted to the webhook. False when this update id was received before.</summary>
    public async Task<bool> AcceptAsync(Update update, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var added = await _state.EnqueueAsync(update.UpdateId, payload, cancellationToken);
        if (added && _signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another request woke the loop first.
            }
        }

        return added;
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        await RegisterAsync(stoppingToken);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pending = await _state.GetPendingAsync(BatchSize, stoppingToken);
                if (pending.Count == 0)
                {
                    await _signal.WaitAsync(IdleWake, stoppingToken);
                    continue;
                }

                await _processor.ProcessAsync(await ParseAsync(pending), stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = _retry.Backoff(failures);
                LogLoopFailed(ex, delay.TotalSeconds);
                await Task.Delay(delay, _time, stoppingToken);
            }
        }
    }

    public void Dispose() => _signal.Dispose();

    private async Task RegisterAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _api.SetWebhookAsync(_options.WebhookUrl!, _options.WebhookSecret, TelegramUpdateTypes.Allowed, stoppingToken);
                LogRegistered(new Uri(_options.WebhookUrl!).GetLeftPart(UriPartial.Path));
                return;
            }
            catch (TelegramApiException ex)
            {
                var delay = _retry.Backoff(attempt);
                LogRegisterFailed(ex.ErrorCode, ex.Description, delay.TotalSeconds);
                await Task.Delay(delay, _time, stoppingToken);
            }
        }
    }

    private async Task<List<Update>> ParseAsync(IReadOnlyList<(long UpdateId, string Payload)> pending)
    {
        var updates = new List<Update>(pending.Count);
        foreach (var (id, payload) in pending)
        {
            Update? update = null;
            try
            {
                update = JsonSerializer.Deserialize<Update>(payload, TelegramJson.Options);
            }
            catch (JsonException ex)
            {
                LogUnreadable(id, ex.Message);
            }

            if (update is null)
            {
                await _state.MarkProcessedAsync(id, CancellationToken.None);
                continue;
            }

            updates.Add(update);
        }

        return updates;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook registered at {Url}")]
    private partial void LogRegistered(string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "setWebhook failed: {ErrorCode} {Description}; retrying in {DelaySeconds:0.#} s")]
    private partial void LogRegisterFailed(int errorCode, string description, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling webhook updates failed; retrying in {DelaySeconds:0.#} s")]
    private partial void LogLoopFailed(Exception exception, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored webhook update {UpdateId} cannot be read ({Reason}); dropped")]
    private partial void LogUnreadable(long updateId, string reason);
}
