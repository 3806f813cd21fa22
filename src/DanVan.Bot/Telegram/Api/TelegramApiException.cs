namespace DanVan.Bot.Telegram.Api;

/// <summary>
/// A failed Bot API call: Telegram's error_code and description, retry_after for 429 and migrate_to_chat_id for
/// upgraded groups. Transport failures use ErrorCode 0. The message never contains the token or the request URL.
/// </summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException(string method, int errorCode, string description, int? retryAfter = null, long? migrateToChatId = null, Exception? inner = null)
        : base($"Telegram {method} failed: {errorCode} {description}", inner)
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    public string Method { get; }

    /// <summary>HTTP-like code from Telegram (400, 403, 409, 429, 5xx); 0 for timeouts and connection errors.</summary>
    public int ErrorCode { get; }

    public string Description { get; }

    /// <summary>Seconds to wait before retrying (429).</summary>
    public int? RetryAfter { get; }

    /// <summary>The supergroup id a group moved to (400 with parameters.migrate_to_chat_id).</summary>
    public long? MigrateToChatId { get; }
}
