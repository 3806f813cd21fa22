using System.Diagnostics;
using System.Globalization;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace DanVan.Bot.Messaging.Api;

/// <summary>
/// Telegram.Bot's client with the bot's own resilience around every request: a timeout per attempt (getUpdates: the
/// long-poll timeout plus Telegram:RequestTimeoutSeconds), and retries of 429 (after retry_after), 5xx, timeouts and
/// connection errors with a capped, jittered backoff waited on <see cref="TimeProvider"/> (the library itself retries
/// only 429, with Task.Delay; that is switched off). Failures are rethrown as the library's exception types with the
/// token redacted and no inner exception, so nothing downstream can print the request URL, which holds the token. The
/// named HttpClient has no loggers for the same reason. Downloads are retried too, and on a self-hosted Bot API server
/// (--local) a file_path on that server's disk is read directly.
/// </summary>
internal sealed partial class ResilientTelegramBotClient : TelegramBotClient, ITelegramBotClient
{
    /// <summary>The named HttpClient (no loggers, infinite timeout: each attempt sets its own).</summary>
    public const string HttpClientName = "telegram";

    private readonly TelegramRetryPolicy _retry;
    private readonly TelegramHealth _health;
    private readonly BotMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _token;
    private readonly TimeSpan _requestTimeout;

    public ResilientTelegramBotClient(IHttpClientFactory httpFactory, IOptions<TelegramOptions> options, TelegramRetryPolicy retry,
        TelegramHealth health, BotMetrics metrics, TimeProvider time, ILogger<ResilientTelegramBotClient> logger)
        : base(LibraryOptions(options), httpFactory.CreateClient(HttpClientName))
    {
        _retry = retry;
        _health = health;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _token = options.Value.BotToken;
        _requestTimeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);
    }

    public override Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timeout = request switch
        {
            GetUpdatesRequest { Timeout: { } poll } => _requestTimeout + TimeSpan.FromSeconds(poll),
            RawGetUpdatesRequest raw => _requestTimeout + TimeSpan.FromSeconds(raw.TimeoutSeconds),
            _ => _requestTimeout,
        };

        // A chat action is cosmetic: one attempt, so a slow Telegram never delays the answer behind retries.
        var retry = request is not SendChatActionRequest;
        return WithRetriesAsync(request.MethodName, retry, timeout, token => base.SendRequest(request, token), cancellationToken);
    }

    public new Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return DownloadFile(file.FilePath!, destination, cancellationToken);
    }

    public new async Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentNullException.ThrowIfNull(destination);

        // A self-hosted Bot API server in --local mode answers getFile with an absolute path on its own disk.
        if (LocalBotServer && Path.IsPathRooted(filePath) && System.IO.File.Exists(filePath))
        {
            await using var local = System.IO.File.OpenRead(filePath);
            await local.CopyToAsync(destination, cancellationToken);
            return;
        }

        var start = destination.CanSeek ? destination.Position : -1;
        var relative = string.Join('/', filePath.Split('/').Select(Uri.EscapeDataString));
        await WithRetriesAsync("downloadFile", true, _requestTimeout * 4, async token =>
        {
            if (start >= 0)
            {
                destination.SetLength(start);
                destination.Position = start;
            }

            try
            {
                await base.DownloadFile(relative, destination, token);
            }
            catch (RequestException ex) when (TooLarge(ex) is { } tooLarge)
            {
                // The library wraps what the destination threw (inside HttpClient's own IOException): not transient.
                throw tooLarge;
            }

            return true;
        }, cancellationToken);
    }

    private static DownloadTooLargeException? TooLarge(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DownloadTooLargeException tooLarge)
            {
                return tooLarge;
            }
        }

        return null;
    }

    private static TelegramBotClientOptions LibraryOptions(IOptions<TelegramOptions> options)
    {
        var o = options.Value;
        var cloud = Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Host == TelegramOptions.CloudApiHost;

        // RetryThreshold 0 turns the library's own 429 retry (Task.Delay, 429 only) off: WithRetriesAsync does it all.
        return new TelegramBotClientOptions(o.BotToken, cloud ? null : o.ApiBaseUrl) { RetryThreshold = 0 };
    }

    private async Task<T> WithRetriesAsync<T>(string method, bool retry, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await AttemptAsync(method, timeout, call, cancellationToken);
                _health.RecordSuccess(_time.GetUtcNow());
                return result;
            }
            catch (RequestException ex)
            {
                var code = ex.ErrorCode();
                _metrics.BotApiError(method, code);
                if (!retry || !_retry.TryGetRetryDelay(ex, attempt, out var delay))
                {
                    throw;
                }

                _metrics.BotApiRetry(method);
                LogRetrying(method, code, ex.Message, attempt, delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private async Task<T> AttemptAsync<T>(string method, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeoutSource = new CancellationTokenSource(timeout, _time);
        using var linkedSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            var result = await call(linkedSource.Token);
            LogCall(method, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new RequestException(string.Create(CultureInfo.InvariantCulture, $"Telegram {method} timed out after {timeout.TotalSeconds:0.#} s"));
        }
        catch (ApiRequestException ex)
        {
            // Telegram's description, redacted, without the inner exception (whose text may hold the request URL).
            throw new ApiRequestException(Redact(ex.Message), ex.ErrorCode, ex.Parameters);
        }
        catch (RequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = timeoutSource.IsCancellationRequested
                ? string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0.#} s")
                : ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;
            var redacted = Redact($"Telegram {method}: {reason}");
            throw ex.HttpStatusCode is { } status ? new RequestException(redacted, status) : new RequestException(redacted);
        }
    }

    private string Redact(string text) =>
        string.IsNullOrEmpty(_token) ? text : text.Replace(_token, "<token>", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram {Method} answered in {ElapsedMs:0} ms")]
    private partial void LogCall(string method, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} failed ({ErrorCode} {Description}); attempt {Attempt}, retrying in {DelayMs:0} ms")]
    private partial void LogRetrying(string method, int errorCode, string description, int attempt, double delayMs);
}
