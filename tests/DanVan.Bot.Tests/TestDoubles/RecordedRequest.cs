using System.Text.Json;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>One request received by <see cref="FakeOpenAiServer"/>: path, every header and the raw body.</summary>
public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The "content" of every message with the given role (chat requests; "tool" for tool results), parts concatenated.</summary>
    public IReadOnlyList<string> MessagesOf(string role)
    {
        using var json = JsonDocument.Parse(Body);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == role)
            .Select(m => m.TryGetProperty("content", out var content) ? ContentText(content) : string.Empty)
            .ToList();
    }

    /// <summary>Names of the tools offered to the model (chat requests); empty when none.</summary>
    public IReadOnlyList<string> ToolNames()
    {
        using var json = JsonDocument.Parse(Body);
        return json.RootElement.TryGetProperty("tools", out var tools)
            ? tools.EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString() ?? string.Empty).ToList()
            : [];
    }

    /// <summary>The "input" strings (embedding requests).</summary>
    public IReadOnlyList<string> Inputs()
    {
        using var json = JsonDocument.Parse(Body);
        var input = json.RootElement.GetProperty("input");
        return input.ValueKind == JsonValueKind.Array
            ? input.EnumerateArray().Select(i => i.GetString() ?? string.Empty).ToList()
            : [input.GetString() ?? string.Empty];
    }

    public string? StringProperty(string name)
    {
        using var json = JsonDocument.Parse(Body);
        return json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static string ContentText(JsonElement content) => content.ValueKind == JsonValueKind.Array
        ? string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : string.Empty))
        : content.ValueKind == JsonValueKind.String ? content.GetString() ?? string.Empty : string.Empty;
}
