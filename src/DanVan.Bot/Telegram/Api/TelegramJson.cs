using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Bot.Telegram.Api;

/// <summary>The one JSON configuration for the Bot API: snake_case names, nulls omitted (Telegram treats absent and null alike).</summary>
public static class TelegramJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
