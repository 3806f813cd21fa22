using DanVan.Core.Settings;

namespace DanVan.Bot.Messaging.Settings;

/// <summary>
/// Connection to the Bot API (section <c>Telegram</c>; environment variables <c>Telegram__Key</c>). Ranges here; the
/// rules across fields in TelegramOptions.Rules.cs.
/// </summary>
public sealed partial class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The cloud Bot API's host; any other <see cref="ApiBaseUrl"/> is a self-hosted Bot API server.</summary>
    public const string CloudApiHost = "api.telegram.org";

    /// <summary>The token from @BotFather. Never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>
    /// Where requests go: <c>{ApiBaseUrl}/bot{token}/{method}</c>; a self-hosted Bot API server works too. Scheme, host and
    /// port only (Telegram.Bot ignores a path).
    /// </summary>
    [SettingRequired(ErrorMessage = "Telegram:ApiBaseUrl must be set, e.g. https://api.telegram.org.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public https URL Telegram posts updates to (Webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; 1–256 characters A–Z, a–z, 0–9, _ and -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// Addresses the HTTP endpoints (/healthz, the webhook) listen on, separated by ';'. Empty in Polling mode means no
    /// HTTP listener; Webhook mode defaults to http://0.0.0.0:8080.
    /// </summary>
    public string? ListenUrls { get; set; }

    /// <summary>getUpdates long-poll timeout.</summary>
    [SettingRange(0, 90, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 90 (50 is recommended).")]
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>Timeout of one request other than getUpdates (whose HTTP timeout is the poll timeout plus this).</summary>
    [SettingRange(1, 600, ErrorMessage = "Telegram:RequestTimeoutSeconds must be between 1 and 600.")]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Attempts per request on 429, 5xx, timeouts and connection errors (1 = no retry).</summary>
    [SettingRange(1, 20, ErrorMessage = "Telegram:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First backoff delay; doubled per attempt, capped at <see cref="RetryMaxDelaySeconds"/>, with jitter.</summary>
    [SettingRange(1, 60_000, ErrorMessage = "Telegram:RetryBaseDelayMilliseconds must be between 1 and 60000.")]
    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    [SettingRange(1, 3600, ErrorMessage = "Telegram:RetryMaxDelaySeconds must be between 1 and 3600.")]
    public int RetryMaxDelaySeconds { get; set; } = 30;

    /// <summary>A 429 asking to wait longer than this fails the request instead of blocking the handler.</summary>
    [SettingRange(1, 86_400, ErrorMessage = "Telegram:MaxRetryAfterSeconds must be between 1 and 86400.")]
    public int MaxRetryAfterSeconds { get; set; } = 300;

    /// <summary>Largest file the bot downloads: 20 MB on the cloud Bot API; a self-hosted Bot API server allows more.</summary>
    [SettingRange(1, long.MaxValue, ErrorMessage = "Telegram:MaxDownloadBytes must be a positive number of bytes (20971520 = 20 MB).")]
    public long MaxDownloadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Address to listen on when <see cref="ListenUrls"/> is empty: none for polling, :8080 for webhooks.</summary>
    public IReadOnlyList<string> EffectiveListenUrls() => EffectiveListenUrls(Mode, ListenUrls);

    internal static IReadOnlyList<string> EffectiveListenUrls(TelegramMode mode, string? listenUrls)
    {
        if (!string.IsNullOrWhiteSpace(listenUrls))
        {
            return listenUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return mode == TelegramMode.Webhook ? ["http://0.0.0.0:8080"] : [];
    }
}
