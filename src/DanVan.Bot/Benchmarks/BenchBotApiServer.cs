using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Benchmarks;

/// <summary>
/// A minimal Bot API on 127.0.0.1 for benchmarks (Kestrel, random port): getMe, getUpdates (long poll; an offset
/// confirms earlier updates), sendMessage, sendChatAction, setMyCommands, deleteWebhook; anything else answers true.
/// Users' messages are enqueued with <see cref="Enqueue"/>; each question is timed from the moment it was enqueued
/// (Telegram has it), through its first delivery by getUpdates, to the sendMessage replying to it.
/// </summary>
internal sealed class BenchBotApiServer : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<Update> _pending = [];
    private readonly Dictionary<long, Timing> _timings = [];
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private TaskCompletionSource _changed = NewSignal();
    private TaskCompletionSource _allAnswered = NewSignal();
    private long _nextUpdateId = 1;
    private long _nextMessageId = 1;
    private long _expected;
    private long _answered;
    private long? _firstGetUpdates;
    private readonly List<(long ChatId, long ReplyTo)> _replies = [];

    /// <summary>How long each sendMessage takes to answer (Telegram's latency; the crash soak uses 150 ms).</summary>
    public TimeSpan SendLatency { get; set; }

    /// <summary>Every accepted sendMessage in order: the chat and the message it replied to (0 when none).</summary>
    public IReadOnlyList<(long ChatId, long ReplyTo)> Replies
    {
        get
        {
            lock (_lock)
            {
                return _replies.ToList();
            }
        }
    }

    /// <summary>http://127.0.0.1:{port}, the value for Telegram:ApiBaseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Timestamp (<see cref="Stopwatch.GetTimestamp"/>) of the first getUpdates since the last <see cref="Reset"/>.</summary>
    public long? FirstGetUpdates
    {
        get
        {
            lock (_lock)
            {
                return _firstGetUpdates;
            }
        }
    }

    public static async Task<BenchBotApiServer> StartAsync()
    {
        var server = new BenchBotApiServer();
        // No configuration reload: its watcher would wake on every write of the bot's database under the working
        // directory and take CPU from the process being measured (the bot runs in this process).
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

    /// <summary>Forgets timings and the first getUpdates (the update queue is kept); <paramref name="expected"/> questions are to come.</summary>
    public void Reset(int expected = 0)
    {
        lock (_lock)
        {
            _timings.Clear();
            _firstGetUpdates = null;
            _expected = expected;
            _answered = 0;
            _allAnswered = NewSignal();
        }
    }

    /// <summary>User <paramref name="userId"/> writes <paramref name="text"/> in a private chat with the bot; returns the message id.</summary>
    public long Enqueue(long userId, string text)
    {
        lock (_lock)
        {
            var messageId = _nextMessageId++;
            var user = new User { Id = userId, FirstName = "Cán bộ", LanguageCode = "vi" };
            var message = new Message
            {
                Id = checked((int)messageId),
                Chat = new Chat { Id = userId, Type = ChatType.Private, FirstName = "Cán bộ" },
                Date = DateTime.UtcNow,
                From = user,
                Text = text,
            };
            _pending.Add(new Update { Id = checked((int)_nextUpdateId++), Message = message });
            _timings[messageId] = new Timing { Enqueued = Stopwatch.GetTimestamp() };
            Signal();
            return messageId;
        }
    }

    /// <summary>The oldest update not yet confirmed (webhook mode: the next one to post, as Telegram does, in order).</summary>
    public Update? PeekPending()
    {
        lock (_lock)
        {
            return _pending.Count > 0 ? _pending[0] : null;
        }
    }

    /// <summary>The bot answered 200 to the webhook post of <paramref name="updateId"/>: Telegram forgets it.</summary>
    public void ConfirmPending(long updateId)
    {
        lock (_lock)
        {
            _pending.RemoveAll(u => u.Id <= updateId);
        }
    }

    /// <summary>Completes when as many questions as <see cref="Reset"/> expected have been answered.</summary>
    public Task WhenAllAnsweredAsync(TimeSpan timeout) => _allAnswered.Task.WaitAsync(timeout);

    /// <summary>Per answered question: milliseconds from enqueue to reply, and from first delivery to reply.</summary>
    public (List<double> FromEnqueue, List<double> FromDelivery, long FirstEnqueued, long LastAnswered) Results()
    {
        lock (_lock)
        {
            var answered = _timings.Values.Where(t => t.Answered > 0).ToList();
            return (answered.Select(t => Stopwatch.GetElapsedTime(t.Enqueued, t.Answered).TotalMilliseconds).ToList(),
                answered.Select(t => Stopwatch.GetElapsedTime(t.Delivered, t.Answered).TotalMilliseconds).ToList(),
                _timings.Values.Select(t => t.Enqueued).DefaultIfEmpty().Min(),
                answered.Select(t => t.Answered).DefaultIfEmpty().Max());
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var method = path[(path.LastIndexOf('/') + 1)..];
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            // Telegram.Bot sends parameterless methods (getMe) without a body.
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, aborted.Token);
            using var body = buffer.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(buffer.ToArray());
            var p = body.RootElement;
            object? result = method switch
            {
                "getMe" => new User { Id = 1_000_001, IsBot = true, FirstName = "Trợ lý Dân vận", Username = "DanVanBenchBot" },
                "getUpdates" => await GetUpdatesAsync(p, aborted.Token),
                "sendMessage" => await SendMessageAsync(p, aborted.Token),
                _ => true,
            };
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(new { Ok = true, Result = result }, JsonBotAPI.Options), aborted.Token);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The bot stopped polling, or the benchmark is over.
        }
    }

    private async Task<Update[]> GetUpdatesAsync(JsonElement p, CancellationToken aborted)
    {
        var offset = Number(p, "offset") ?? 0;
        var limit = (int)(Number(p, "limit") ?? 100);
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * (Number(p, "timeout") ?? 0));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                _firstGetUpdates ??= Stopwatch.GetTimestamp();
                _pending.RemoveAll(u => u.Id < offset);
                if (_pending.Count > 0 || Stopwatch.GetTimestamp() >= deadline)
                {
                    var batch = _pending.Take(limit).ToArray();
                    var now = Stopwatch.GetTimestamp();
                    foreach (var update in batch)
                    {
                        if (_timings.TryGetValue(update.Message!.Id, out var timing) && timing.Delivered == 0)
                        {
                            timing.Delivered = now;
                        }
                    }

                    return batch;
                }

                changed = _changed.Task;
            }

            try
            {
                var left = TimeSpan.FromSeconds((deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
                await changed.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, aborted);
            }
            catch (TimeoutException)
            {
                // Answer with what there is (nothing) on the next pass.
            }
        }
    }

    private async Task<Message> SendMessageAsync(JsonElement p, CancellationToken aborted)
    {
        var chatId = Number(p, "chat_id") ?? 0;
        var replyTo = p.TryGetProperty("reply_parameters", out var reply) ? Number(reply, "message_id") : null;
        // Accepted before the wait, as Telegram does: a client that gives up (or dies) meanwhile has still sent it.
        lock (_lock)
        {
            _replies.Add((chatId, replyTo ?? 0));
        }

        if (SendLatency > TimeSpan.Zero)
        {
            await Task.Delay(SendLatency, aborted);
        }

        lock (_lock)
        {
            if (replyTo is { } id && _timings.TryGetValue(id, out var timing) && timing.Answered == 0)
            {
                timing.Answered = Stopwatch.GetTimestamp();
                if (++_answered == _expected)
                {
                    _allAnswered.TrySetResult();
                }
            }

            var text = p.TryGetProperty("text", out var t) ? t.GetString() : null;
            return new Message
            {
                Id = checked((int)_nextMessageId++),
                Chat = new Chat { Id = chatId, Type = ChatType.Private },
                Date = DateTime.UtcNow,
                From = new User { Id = 1_000_001, IsBot = true, FirstName = "Trợ lý Dân vận" },
                Text = text,
            };
        }
    }

    private static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : null;

    // Callers hold the lock.
    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    private sealed class Timing
    {
        public long Enqueued { get; init; }

        public long Delivered { get; set; }

        public long Answered { get; set; }
    }
}
