using System.Text.Json.Nodes;

namespace DanVan.Testing.BotApi;

/// <summary>One call the fake server received: the Bot API method (or "file" for downloads) and its parameters as JSON.</summary>
public sealed record RecordedBotApiRequest(string Method, JsonObject Parameters, string Path, DateTimeOffset At)
{
    public long? GetLong(string name) => Parameters[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number
        : Parameters[name] is JsonValue text && long.TryParse(text.ToString(), out var parsed) ? parsed : null;

    public string? GetString(string name) => Parameters[name]?.ToString();
}
