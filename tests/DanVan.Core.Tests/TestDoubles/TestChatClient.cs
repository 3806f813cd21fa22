using Microsoft.Extensions.AI;

namespace DanVan.Core.Tests.TestDoubles;

/// <summary>A chat client whose reply is produced by a callback; records every call's messages.</summary>
internal sealed class TestChatClient : IChatClient
{
    public Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<string>> OnRequest { get; set; } =
        (_, _) => Task.FromResult("Trả lời mặc định [1].");

    public List<IReadOnlyList<ChatMessage>> Calls { get; } = [];

    public List<ChatOptions?> Options { get; } = [];

    public static TestChatClient Replying(string reply) => new() { OnRequest = (_, _) => Task.FromResult(reply) };

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Calls.Add(list);
        Options.Add(options);
        var text = await OnRequest(list, cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The composers do not stream.");

    /// <summary>Like every real client, describes itself (Semantic Kernel requires the metadata).</summary>
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("test", defaultModelId: "m") : null;

    public void Dispose()
    {
    }
}
