using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Messaging.Api;

/// <summary>
/// getUpdates answered as raw JSON objects, one per update. The library's own request deserializes the whole batch
/// into <c>Update[]</c>, so one update whose JSON does not fit the model would fail every batch that holds it and stop
/// polling for good; raw, each update is stored as sent and judged on its own (see Inbox/UpdateShape).
/// </summary>
internal sealed class RawGetUpdatesRequest(int? offset, int timeoutSeconds, IReadOnlyList<UpdateType> allowedUpdates) : IRequest<JsonElement[]>
{
    public HttpMethod HttpMethod => HttpMethod.Post;

    public string MethodName => "getUpdates";

    public bool IsWebhookResponse { get; set; }

    /// <summary>Telegram's long-poll timeout in seconds (0: answer at once).</summary>
    public int TimeoutSeconds => timeoutSeconds;

    public HttpContent? ToHttpContent()
    {
        var body = new JsonObject
        {
            ["timeout"] = timeoutSeconds,
            ["allowed_updates"] = JsonSerializer.SerializeToNode(allowedUpdates, JsonBotAPI.Options),
        };
        if (offset is { } value)
        {
            body["offset"] = value;
        }

        return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    /// <summary>The update_id of a raw update, or null when it has none a number can be read from.</summary>
    public static long? UpdateId(JsonElement update) =>
        update.ValueKind == JsonValueKind.Object && update.TryGetProperty("update_id", out var id) && id.TryGetInt64(out var value)
            ? value
            : null;
}
