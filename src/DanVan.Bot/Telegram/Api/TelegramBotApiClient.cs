using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram.Api;

/// <summary>
/// The Bot API over HttpClient and System.Text.Json. Requests go to <c>{ApiBaseUrl}/bot{token}/{method}</c> as JSON POSTs;
/// transient failures are retried per <see cref="TelegramRetryPolicy"/>. The token is part of the URL path only: it is
/// kept out of every log line and exception message (the named HttpClient's own loggers, which print request URLs,
/// are removed at registration). A singleton: each request takes a client from IHttpClientFactory, so handlers rotate.
/// </summary>
internal sealed partial class TelegramBotApiClient : ITelegramBotApi
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>The named HttpClient (registered without loggers and with an infinite timeout: each call sets its own).</summary>
    public const string HttpClientName = "telegram";

    private readonly IHttpClientFactory _httpFactory;
    private readonly TelegramHealth _health;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TelegramRetryPolicy _retry;
    private readonly string _token;
    private readonly string _methodBase;
    private readonly string _fileBase;
    private readonly TimeSpan _requestTimeout;

    public TelegramBotApiClient(IHttpClientFactory httpFactory, IOptions<TelegramOptions> options, TelegramRetryPolicy retry, TelegramHealth health,
        TimeProvider time, ILogger<TelegramBotApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _httpFactory = httpFactory;
        _retry = retry;
        _health = health;
        _time = time;
        _logger = logger;
        _token = o.BotToken;
        var baseUrl = o.ApiBaseUrl.TrimEnd('/');
        _methodBase = $"{baseUrl}/bot{o.BotToken}/";
        _fileBase = $"{baseUrl}/file/bot{o.BotToken}/";
        _requestTimeout = TimeSpan.FromSeconds(o.RequestTimeoutSeconds);
    }

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) =>
        CallAsync<User>("getMe", new { }, cancellationToken);

    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken = default) =>
        await CallAsync<Update[]>("getUpdates", new { Offset = offset, Timeout = timeoutSeconds, AllowedUpdates = allowedUpdates },
            cancellationToken, _requestTimeout + TimeSpan.FromSeconds(timeoutSeconds));

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default) =>
        CallAsync<Message>("sendMessage", request, cancellationToken);

    // A chat action is cosmetic: one attempt, so a slow Telegram never delays the answer behind retries.
    public Task SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("sendChatAction", new { ChatId = chatId, Action = action }, cancellationToken, retry: false);

    public Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, BotCommandScope? scope = null, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("setMyCommands", new { Commands = commands, Scope = scope }, cancellationToken);

    public Task DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("deleteWebhook", new { DropPendingUpdates = dropPendingUpdates }, cancellationToken);

    public Task SetWebhookAsync(string url, string? secretToken, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("setWebhook", new { Url = url, SecretToken = secretToken, AllowedUpdates = allowedUpdates }, cancellationToken);

    public Task<TelegramFile> GetFileAsync(string fileId, CancellationToken cancellationToken = default) =>
        CallAsync<TelegramFile>("getFile", new { FileId = fileId }, cancellationToken);

    public Task<ChatMember> GetChatMemberAsync(long chatId, long userId, CancellationToken cancellationToken = default) =>
        CallAsync<ChatMember>("getChatMember", new { ChatId = chatId, UserId = userId }, cancellationToken);

    public Task AnswerCallbackQueryAsync(string callbackQueryId, string? text = null, CancellationToken cancellationToken = default) =>
        CallAsync<bool>("answerCallbackQuery", new { CallbackQueryId = callbackQueryId, Text = text }, cancellationToken);

    public Task<Message> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default) =>
        CallAsync<Message>("editMessageText", request, cancellationToken);

    public async Task<byte[]> DownloadFileAsync(string filePath, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);

        // A self-hosted Bot API server in --local mode returns an absolute path on its own disk instead of a download path.
        if (Path.IsPathRooted(filePath) && File.Exists(filePath))
        {
            var length = new FileInfo(filePath).Length;
            return length > maxBytes
                ? throw TooLarge(maxBytes)
                : await File.ReadAllBytesAsync(filePath, cancellationToken);
        }

        var relative = string.Join('/', filePath.Split('/').Select(Uri.EscapeDataString));
        return await WithRetriesAsync("downloadFile", true, async token =>
        {
            using var timeoutSource = new CancellationTokenSource(_requestTimeout * 4, _time);
            using var linkedSource = CancellationTokenSource.CreateLinkedTokenSource(token, timeoutSource.Token);
            var linked = linkedSource.Token;
            try
            {
                using var response = await _httpFactory.CreateClient(HttpClientName).GetAsync(_fileBase + relative, HttpCompletionOption.ResponseHeadersRead, linked);
                if (!response.IsSuccessStatusCode)
                {
                    throw new TelegramApiException("downloadFile", (int)response.StatusCode, response.ReasonPhrase ?? "download failed");
                }

                if (response.Content.Headers.ContentLength > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                return await ReadLimitedAsync(response.Content, maxBytes, linked);
            }
            catch (Exception ex) when (ex is not TelegramApiException && IsTransport(ex, token))
            {
                throw Transport("downloadFile", ex);
            }
        }, cancellationToken);
    }

    private Task<T> CallAsync<T>(string method, object payload, CancellationToken cancellationToken, TimeSpan? timeout = null, bool retry = true) =>
        WithRetriesAsync(method, retry, token => PostOnceAsync<T>(method, payload, timeout ?? _requestTimeout, token), cancellationToken);

    private async Task<T> WithRetriesAsync<T>(string method, bool retry, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            try
            {
                var result = await attempt(cancellationToken);
                _health.RecordSuccess(_time.GetUtcNow());
                return result;
            }
            catch (TelegramApiException ex) when (retry && _retry.TryGetRetryDelay(ex, number, out var delay))
            {
                LogRetrying(method, ex.ErrorCode, ex.Description, number, delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private async Task<T> PostOnceAsync<T>(string method, object payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeoutSource = new CancellationTokenSource(timeout, _time);
        using var linkedSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var linked = linkedSource.Token;
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(payload, payload.GetType(), TelegramJson.Options));
        content.Headers.ContentType = JsonMediaType;
        HttpStatusCode status;
        byte[] body;
        try
        {
            using var response = await _httpFactory.CreateClient(HttpClientName).PostAsync(_methodBase + method, content, linked);
            status = response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync(linked);
        }
        catch (Exception ex) when (IsTransport(ex, cancellationToken))
        {
            throw Transport(method, ex, timeoutSource.IsCancellationRequested ? timeout : null);
        }

        LogCall(method, (int)status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        ApiResponse<T>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<ApiResponse<T>>(body, TelegramJson.Options);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null)
        {
            // Proxies answer 502/504 with HTML; keep Telegram's status so the retry policy sees it.
            var code = (int)status >= 400 ? (int)status : 0;
            throw new TelegramApiException(method, code, $"unreadable response (HTTP {(int)status})");
        }

        if (!envelope.Ok || envelope.Result is null)
        {
            throw new TelegramApiException(method, envelope.ErrorCode ?? (int)status, Redact(envelope.Description ?? "no description"),
                envelope.Parameters?.RetryAfter, envelope.Parameters?.MigrateToChatId);
        }

        return envelope.Result;
    }

    private static bool IsTransport(Exception ex, CancellationToken callerToken) =>
        ex is HttpRequestException or IOException || (ex is OperationCanceledException && !callerToken.IsCancellationRequested);

    private TelegramApiException Transport(string method, Exception ex, TimeSpan? timeout = null)
    {
        // The inner exception is not chained: its text is redacted here, so nothing downstream can print the URL.
        var reason = ex is OperationCanceledException
            ? $"timed out after {(timeout ?? _requestTimeout).TotalSeconds:0.#} s"
            : ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;
        return new TelegramApiException(method, 0, Redact(reason));
    }

    private static TelegramApiException TooLarge(long maxBytes) =>
        new("downloadFile", 413, $"file is larger than the limit of {maxBytes} bytes");

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private string Redact(string text) =>
        string.IsNullOrEmpty(_token) ? text : text.Replace(_token, "<token>", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram {Method} answered HTTP {Status} in {ElapsedMs:0} ms")]
    private partial void LogCall(string method, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} failed ({ErrorCode} {Description}); attempt {Attempt}, retrying in {DelayMs:0} ms")]
    private partial void LogRetrying(string method, int errorCode, string description, int attempt, double delayMs);
}
