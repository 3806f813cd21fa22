using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Messaging.Receiving;

/// <summary>
/// POST {path of Telegram:WebhookUrl}: checks X-Telegram-Bot-Api-Secret-Token in constant time (401 otherwise), reads at
/// most <see cref="MaxBodyBytes"/> of the body whatever the transfer encoding (413 beyond), stores the update and
/// answers 200 at once; it is handled in the background. Only the update_id is read here: an update the bot cannot
/// handle is stored anyway and set aside by the handling loop, so Telegram never re-sends it in a loop. While the
/// database cannot be written the answer is 503, and Telegram keeps the update and sends it again later.
/// </summary>
internal static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram's updates are a few kilobytes; a megabyte leaves room for the longest message with entities.</summary>
    internal const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext context, WebhookReceiver receiver, StorageGate gate, IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(gate);
        if (!SecretMatches(options.Value.WebhookSecret, context.Request.Headers[SecretHeader].ToString()))
        {
            return Results.Unauthorized();
        }

        if (context.Request.ContentLength > MaxBodyBytes || await ReadLimitedAsync(context.Request.Body, context.RequestAborted) is not { } body)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (UpdateId(body) is not { } updateId)
        {
            return Results.BadRequest();
        }

        if (!gate.IsOpen)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            await receiver.AcceptAsync(updateId, Encoding.UTF8.GetString(body), context.RequestAborted);
        }
        catch (Exception ex) when (gate.TryClose(ex))
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    /// <summary>Compares SHA-256 digests in constant time, so neither the content nor the length of the secret leaks.</summary>
    internal static bool SecretMatches(string? expected, string? provided)
    {
        if (string.IsNullOrEmpty(expected) || provided is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(provided)));
    }

    /// <summary>The body, or null when it is longer than <see cref="MaxBodyBytes"/> (reading stops there).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A positive update_id at the top level of a JSON object; null when the body is not that.</summary>
    private static long? UpdateId(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("update_id", out var id)
                   && id.TryGetInt64(out var value) && value > 0
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
