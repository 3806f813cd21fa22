using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DanVan.Testing.BotApi;

/// <summary>
/// A Bot API server on 127.0.0.1 (Kestrel, random port) inside the test process. It long-polls like Telegram (an offset
/// confirms earlier updates; an empty queue blocks until an update arrives or the timeout passes; a newer getUpdates
/// ends an older one with 409), validates sendMessage like Telegram (1–4096 characters after parsing, HTML tags and
/// entities, reply targets), serves files, records every request, and injects faults per method (429, 5xx, slow,
/// dropped connections, 403 for blocked chats, 400 with migrate_to_chat_id for upgraded groups). For the benchmarks it
/// also times every user message to its reply and can slow every send down (FakeBotApiServer.Timing.cs).
/// Tests drive it with the Enqueue* and User* methods and observe it through <see cref="SentMessages"/>,
/// <see cref="Requests"/> and the Wait* methods.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const string DefaultToken = "7654321098:AAFakeTokenForTests_do-not-LEAK-9f3c";
    public const long BotId = 7654321098;
    public const string DefaultBotUsername = "DanVanTestBot";
    public const int TelegramMaxMessageLength = 4096;

    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    private readonly object _lock = new();
    private readonly List<RecordedBotApiRequest> _requests = [];
    private readonly List<SentMessage> _sent = [];
    private readonly Dictionary<string, Queue<FakeFault>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private TaskCompletionSource _changed = NewSignal();

    private FakeBotApiServer(string token, string botUsername)
    {
        Token = token;
        BotUsername = botUsername;
    }

    public string Token { get; }

    public string BotUsername { get; }

    /// <summary>http://127.0.0.1:{port} — what Telegram:ApiBaseUrl should be set to.</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeBotApiServer> StartAsync(string token = DefaultToken, string botUsername = DefaultBotUsername)
    {
        var server = new FakeBotApiServer(token, botUsername);
        // No configuration reload: its watcher would wake on every write of a bot database under the working directory
        // and take CPU from what a benchmark measures.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var isFile = path.StartsWith("/file/bot", StringComparison.Ordinal);
        var rest = isFile ? path["/file/bot".Length..] : path.StartsWith("/bot", StringComparison.Ordinal) ? path[4..] : null;
        var slash = rest?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (rest is null || slash < 0)
        {
            await WriteAsync(context, 404, Error(404, "Not Found"));
            return;
        }

        if (rest[..slash] != Token)
        {
            await WriteAsync(context, 401, Error(401, "Unauthorized"));
            return;
        }

        var method = isFile ? "file" : rest[(slash + 1)..];
        var parameters = isFile ? new JsonObject { ["file_path"] = Uri.UnescapeDataString(rest[(slash + 1)..]) } : await ReadParametersAsync(context.Request);
        Record(new RecordedBotApiRequest(method, parameters, path, DateTimeOffset.UtcNow));
        if (await ApplyFaultAsync(context, method))
        {
            return;
        }

        if (isFile)
        {
            await ServeFileAsync(context, parameters["file_path"]!.ToString());
            return;
        }

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        JsonObject response;
        try
        {
            response = await DispatchAsync(method, parameters, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var status = response["ok"]!.GetValue<bool>() ? 200 : response["error_code"]!.GetValue<int>();
        await WriteAsync(context, status, response);
    }

    private async Task<JsonObject> DispatchAsync(string method, JsonObject p, CancellationToken aborted) => method.ToLowerInvariant() switch
    {
        "getme" => Ok(BotUser()),
        "getupdates" => await GetUpdatesAsync(p, aborted),
        "sendmessage" => await SendMessageAsync(p, aborted),
        "editmessagetext" => EditMessageText(p),
        "sendchataction" or "answercallbackquery" => Ok(true),
        "setmycommands" => SetMyCommands(p),
        "deletewebhook" => DeleteWebhook(p),
        "setwebhook" => SetWebhook(p),
        "getfile" => GetFile(p),
        "getchatmember" => GetChatMember(p),
        _ => Error(404, "Not Found: method not found"),
    };

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                parameters[key] = value.ToString();
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (body.Length > 0 && JsonNode.Parse(body) is JsonObject json)
            {
                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    parameters[key] = value;
                }
            }
        }

        return parameters;
    }

    private void Record(RecordedBotApiRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
            Signal();
        }
    }

    /// <summary>Wakes every waiter; callers hold the lock.</summary>
    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static JsonObject Ok(JsonNode? result) => new() { ["ok"] = true, ["result"] = result };

    private static JsonObject Error(int code, string description, JsonObject? parameters = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null)
        {
            error["parameters"] = parameters;
        }

        return error;
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        try
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (a cancelled long poll).
        }
    }

    private JsonObject BotUser() =>
        new() { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Trợ lý Dân vận", ["username"] = BotUsername };

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }
}
