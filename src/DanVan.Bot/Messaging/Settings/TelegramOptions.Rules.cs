using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace DanVan.Bot.Messaging.Settings;

/// <summary>Cross-field rules of <see cref="TelegramOptions"/>; every message says what to set. Never echoes the token.</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(BotToken))
        {
            yield return new ValidationResult("Telegram:BotToken is not set: set the environment variable Telegram__BotToken to the token from @BotFather.");
        }
        else if (!TokenShape().IsMatch(BotToken))
        {
            yield return new ValidationResult("Telegram:BotToken does not look like a bot token (expected <digits>:<letters, digits, _ or ->, as @BotFather gives it). Check Telegram__BotToken.");
        }

        if (!IsHttpUrl(ApiBaseUrl))
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an absolute http(s) URL such as https://api.telegram.org.");
        }
        else if (new Uri(ApiBaseUrl).AbsolutePath != "/")
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be scheme, host and port only (e.g. http://localhost:8081), without a path: the Bot API client adds /bot<token>/<method> itself.");
        }

        if (Mode == TelegramMode.Webhook)
        {
            if (!IsHttpUrl(WebhookUrl))
            {
                yield return new ValidationResult("Telegram:WebhookUrl must be the public https URL Telegram posts updates to (e.g. https://bot.example.org/telegram/webhook) when Telegram:Mode is Webhook.");
            }

            if (string.IsNullOrEmpty(WebhookSecret) || !SecretShape().IsMatch(WebhookSecret))
            {
                yield return new ValidationResult("Telegram:WebhookSecret must be 1–256 characters of A–Z, a–z, 0–9, _ or - when Telegram:Mode is Webhook (Telegram echoes it in X-Telegram-Bot-Api-Secret-Token).");
            }
        }

        foreach (var url in EffectiveListenUrls())
        {
            // Kestrel also accepts wildcard hosts (http://+:8080, http://*:8080), which Uri does not parse.
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                yield return new ValidationResult($"Telegram:ListenUrls contains '{url}', which is not an http(s) address such as http://0.0.0.0:8080.");
            }
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
