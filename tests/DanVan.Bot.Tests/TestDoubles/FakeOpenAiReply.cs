namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>What <see cref="FakeOpenAiServer"/> answers to one request.</summary>
/// <param name="StatusCode">HTTP status; anything but 200 is sent as an OpenAI-style error body.</param>
/// <param name="Content">For chat: the assistant message. For errors: the error message.</param>
/// <param name="Delay">Wait before answering (to exceed the client's timeout).</param>
public sealed record FakeOpenAiReply(int StatusCode, string? Content, TimeSpan Delay)
{
    /// <summary>For chat: tools the assistant asks to call instead of answering (finish_reason "tool_calls").</summary>
    public IReadOnlyList<FakeToolCall> ToolCalls { get; init; } = [];

    public static FakeOpenAiReply Text(string content) => new(200, content, TimeSpan.Zero);

    public static FakeOpenAiReply CallTools(params FakeToolCall[] calls) => new(200, null, TimeSpan.Zero) { ToolCalls = calls };

    public static FakeOpenAiReply CallTool(string name, string argumentsJson) => CallTools(new FakeToolCall(name, argumentsJson));

    public static FakeOpenAiReply Error(int statusCode, string message = "Simulated server error") => new(statusCode, message, TimeSpan.Zero);

    /// <summary>For embeddings: the default deterministic vectors.</summary>
    public static FakeOpenAiReply Vectors { get; } = new(200, null, TimeSpan.Zero);
}
