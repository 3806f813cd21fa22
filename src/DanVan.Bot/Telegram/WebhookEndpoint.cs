using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DanVan.Bot.Telegram.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Telegram;

/// <summary>
/// POST {path of Telegram:WebhookUrl}: checks X-Telegram-Bot-Api-Secret-Token in constant time (401 otherwise), stores
/// the update and answers 200 at once; the update is handled in the background by <see cref="WebhookReceiver"/>.
/// </summary>
internal static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext context, WebhookReceiver receiver, IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(receiver);
        if (!SecretMatches(options.Value.WebhookSecret, context.Request.Headers[SecretHeader].ToString()))
        {
            return Results.Unauthorized();
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(context.RequestAborted);
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(payload, TelegramJson.Options);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null || update.UpdateId <= 0)
        {
            return Results.BadRequest();
        }

        await receiver.AcceptAsync(update, payload, context.RequestAborted);
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
}
