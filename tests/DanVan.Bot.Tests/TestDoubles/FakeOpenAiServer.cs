using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using DanVan.Core.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (random port, Kestrel, in the test process): non-streaming
/// POST /v1/chat/completions and POST /v1/embeddings. Every request is recorded with its headers and body;
/// replies are scripted per test with <see cref="OnChat"/> (text, or tool calls the client must run and answer) and
/// <see cref="OnEmbeddings"/>.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    /// <summary>Length of the deterministic embedding vectors.</summary>
    public const int Dimensions = 256;

    private static readonly char[] NonWord = [' ', '\n', '\t', ',', '.', ':', ';', '?', '!', '(', ')', '"', '-', '/'];

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _embeddingCalls;
    private int _chatCalls;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>Produces the chat reply from the request. Default: a fixed grounded answer citing [1].</summary>
    public Func<RecordedRequest, FakeOpenAiReply> OnChat { get; set; } = _ => FakeOpenAiReply.Text("Câu trả lời mẫu [1].");

    /// <summary>Produces the embeddings reply from the request and its 1-based call number. Default: deterministic vectors.</summary>
    public Func<RecordedRequest, int, FakeOpenAiReply> OnEmbeddings { get; set; } = (_, _) => FakeOpenAiReply.Vectors;

    /// <summary>The base URL to configure as Llm:Endpoint, e.g. http://127.0.0.1:5123/v1.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public IReadOnlyList<RecordedRequest> ChatRequests => Requests.Where(r => r.Path == "/v1/chat/completions").ToList();

    public IReadOnlyList<RecordedRequest> EmbeddingRequests => Requests.Where(r => r.Path == "/v1/embeddings").ToList();

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapPost("/v1/embeddings", server.EmbeddingsAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    /// <summary>A hashed bag of folded syllables, so texts sharing words get close vectors.</summary>
    public static float[] VectorFor(string text)
    {
        var vector = new float[Dimensions];
        var folded = VietnameseText.Fold(text);
        foreach (var syllable in folded.Split(NonWord, StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = 2166136261u;
            foreach (var c in syllable)
            {
                hash = (hash ^ c) * 16777619u;
            }

            vector[hash % Dimensions] += 1f;
        }

        return vector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ChatAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var reply = OnChat(request);
        if (!await DelayAsync(reply, context))
        {
            return;
        }

        if (reply.StatusCode != 200)
        {
            await WriteErrorAsync(context, reply);
            return;
        }

        var calls = Interlocked.Increment(ref _chatCalls);
        object message = reply.ToolCalls.Count == 0
            ? new { role = "assistant", content = reply.Content ?? string.Empty }
            : new
            {
                role = "assistant",
                content = (string?)null,
                tool_calls = reply.ToolCalls.Select((call, i) => new
                {
                    id = $"call_{calls}_{i}",
                    type = "function",
                    function = new { name = call.Name, arguments = call.ArgumentsJson },
                }).ToList(),
            };
        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = request.StringProperty("model") ?? "fake",
            choices = new[] { new { index = 0, message, finish_reason = reply.ToolCalls.Count == 0 ? "stop" : "tool_calls" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    private async Task EmbeddingsAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var reply = OnEmbeddings(request, Interlocked.Increment(ref _embeddingCalls));
        if (!await DelayAsync(reply, context))
        {
            return;
        }

        if (reply.StatusCode != 200)
        {
            await WriteErrorAsync(context, reply);
            return;
        }

        var base64 = request.StringProperty("encoding_format") == "base64";
        var data = request.Inputs().Select((input, index) =>
        {
            var vector = VectorFor(input);
            object embedding = base64 ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) : vector;
            return new { @object = "embedding", index, embedding };
        }).ToList();
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data,
            model = request.StringProperty("model") ?? "fake",
            usage = new { prompt_tokens = 1, total_tokens = 1 },
        });
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Path.Value ?? string.Empty, headers, body);
        _requests.Enqueue(request);
        return request;
    }

    /// <summary>Waits the reply's delay; false when the client gave up (or the server stops) meanwhile.</summary>
    private async Task<bool> DelayAsync(FakeOpenAiReply reply, HttpContext context)
    {
        if (reply.Delay <= TimeSpan.Zero)
        {
            return true;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(reply.Delay, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static Task WriteErrorAsync(HttpContext context, FakeOpenAiReply reply)
    {
        context.Response.StatusCode = reply.StatusCode;
        return context.Response.WriteAsJsonAsync(new
        {
            error = new { message = reply.Content, type = "server_error", code = reply.StatusCode.ToString(CultureInfo.InvariantCulture) },
        });
    }
}
