using System.Net;
using Telegram.Bot.Exceptions;

namespace DanVan.Bot.Messaging.Api;

/// <summary>
/// Reading the library's exceptions: <see cref="ApiRequestException"/> is an answer from Telegram (error_code,
/// description, retry_after, migrate_to_chat_id); any other <see cref="RequestException"/> is a timeout, a dropped
/// connection or an unreadable answer (a proxy's HTML 502 keeps its HTTP status).
/// </summary>
public static class TelegramErrors
{
    /// <summary>Telegram's error_code, else the HTTP status of an unreadable answer, else 0 (timeout, connection error).</summary>
    public static int ErrorCode(this RequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is ApiRequestException api ? api.ErrorCode : (int?)exception.HttpStatusCode ?? 0;
    }

    /// <summary>True for 429, 5xx, timeouts, connection errors and unreadable successful answers; false for other 4xx.</summary>
    public static bool IsTransient(this RequestException exception)
    {
        var code = exception.ErrorCode();
        return code is 0 or 429 or >= 500 || (exception is not ApiRequestException && code < (int)HttpStatusCode.BadRequest);
    }

    /// <summary>Seconds Telegram asked to wait (429).</summary>
    public static int? RetryAfter(this RequestException exception) => (exception as ApiRequestException)?.Parameters?.RetryAfter;

    /// <summary>The supergroup a group became (400 with migrate_to_chat_id).</summary>
    public static long? MigrateToChatId(this RequestException exception) => (exception as ApiRequestException)?.Parameters?.MigrateToChatId;
}
