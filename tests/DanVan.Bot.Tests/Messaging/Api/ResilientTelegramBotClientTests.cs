using System.Diagnostics;
using System.Diagnostics.Metrics;
using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Observability;
using DanVan.Bot.Messaging;
using DanVan.Bot.Messaging.Api;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Tests.Messaging.Api;

/// <summary>Telegram.Bot's client with the bot's retries, timeouts and redaction, over HTTP against <see cref="FakeBotApiServer"/>.</summary>
public sealed class ResilientTelegramBotClientTests : IAsyncLifetime
{
    private readonly AcceleratedTimeProvider _time = new();
    private readonly TelegramHealth _health = new();
    private FakeBotApiServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _server.RegisterChat(FakeBotApiServer.PrivateChat(42));
        var services = new ServiceCollection();
        services.AddHttpClient(ResilientTelegramBotClient.HttpClientName, h => h.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddBotMetrics();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetMe_AgainstServer_PostsToBaseBotTokenMethodAndParsesUser()
    {
        var me = await Client().GetMe();

        Assert.Equal(FakeBotApiServer.BotId, me.Id);
        Assert.Equal(FakeBotApiServer.DefaultBotUsername, me.Username);
        Assert.True(me.IsBot);
        Assert.Equal($"/bot{_server.Token}/getMe", Assert.Single(_server.Requests).Path);
        Assert.NotNull(_health.LastSuccess);
    }

    [Fact]
    public async Task SendMessage_WithReplyAndPreview_SendsBotApiFieldsAndOmitsNulls()
    {
        var sent = await Client().SendMessage(42, "<b>Chào</b> &amp; hẹn gặp", ParseMode.Html,
            new ReplyParameters { MessageId = 7, AllowSendingWithoutReply = true }, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true });

        var request = Assert.Single(_server.RequestsFor("sendMessage"));
        Assert.Equal(7, request.Parameters["reply_parameters"]!["message_id"]!.GetValue<long>());
        Assert.True(request.Parameters["reply_parameters"]!["allow_sending_without_reply"]!.GetValue<bool>());
        Assert.True(request.Parameters["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.Equal("html", request.GetString("parse_mode"), ignoreCase: true);
        Assert.False(request.Parameters.ContainsKey("reply_markup"));
        Assert.Equal("Chào & hẹn gặp", sent.Text);
        Assert.Equal(42, sent.Chat.Id);
    }

    [Fact]
    public async Task SendMessage_429_WaitsRetryAfterOnTheTimeProviderAndSendsOnce()
    {
        _server.EnqueueFault("sendMessage", FakeFault.TooManyRequests(3));

        await Client().SendMessage(42, "xin chào");

        Assert.Equal(2, _server.RequestsFor("sendMessage").Count);
        Assert.Single(_server.SentMessages);
        Assert.Contains(TimeSpan.FromSeconds(3), _time.RequestedDelays);
    }

    [Fact]
    public async Task SendMessage_502HtmlBodyAndDroppedConnection_RetriedWithBackoffAndCounted()
    {
        using var retries = new MetricCollector(_services.GetRequiredService<IMeterFactory>(), "danvan.telegram.retries");
        _server.EnqueueFault("sendMessage", FakeFault.BadGateway());
        _server.EnqueueFault("sendMessage", FakeFault.Drop());

        await Client().SendMessage(42, "xin chào");

        Assert.Equal(3, _server.RequestsFor("sendMessage").Count);
        Assert.Single(_server.SentMessages);
        Assert.Equal(2, retries.Sum);
    }

    [Fact]
    public async Task GetMe_SlowerThanRequestTimeout_TimesOutAndRetries()
    {
        _server.EnqueueFault("getMe", FakeFault.Slow(TimeSpan.FromSeconds(20)));

        // Only the backoff is accelerated here: the one-second timeout runs in real time.
        var watch = Stopwatch.StartNew();
        await Client(o => o.RequestTimeoutSeconds = 1, new AcceleratedTimeProvider(threshold: TimeSpan.FromMilliseconds(900))).GetMe();

        Assert.Equal(2, _server.RequestsFor("getMe").Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Request_PersistentServerError_ThrowsWithCodeAfterMaxAttempts()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.EnqueueFault("getMe", FakeFault.InternalError());
        }

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client(o => o.MaxAttempts = 3).GetMe());

        Assert.Equal(500, ex.ErrorCode);
        Assert.Equal("Internal Server Error", ex.Message);
        Assert.Equal(3, _server.RequestsFor("getMe").Count);
    }

    [Fact]
    public async Task SendMessage_400_ThrowsAtOnceWithTelegramDescription()
    {
        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client().SendMessage(42, "<b>không đóng", ParseMode.Html));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Contains("can't parse entities", ex.Message, StringComparison.Ordinal);
        Assert.Single(_server.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task SendMessage_GroupMigrated_ExceptionCarriesNewChatId()
    {
        _server.RegisterChat(FakeBotApiServer.GroupChat(-500, "group"));
        _server.MigrateChat(-500, -1_000_500);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => Client().SendMessage(-500, "chào"));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal(-1_000_500, ex.MigrateToChatId());
    }

    [Fact]
    public async Task Request_ServerUnreachable_TransportErrorWithoutTokenAnywhere()
    {
        await _server.DisposeAsync();

        var ex = await Assert.ThrowsAsync<RequestException>(() => Client(o => o.MaxAttempts = 2).GetMe());

        Assert.Equal(0, ex.ErrorCode());
        Assert.True(ex.IsTransient());
        Assert.Null(ex.InnerException);
        Assert.DoesNotContain(FakeBotApiServer.DefaultToken.Split(':')[1], ex.ToString(), StringComparison.Ordinal);
        _server = await FakeBotApiServer.StartAsync();
    }

    [Fact]
    public async Task GetUpdates_EmptyQueue_BlocksUntilAnUpdateArrivesAndOffsetConfirms()
    {
        var client = Client();
        var poll = client.GetUpdates(null, timeout: 10, allowedUpdates: [UpdateType.Message]);
        await _server.WaitForRequestAsync("getUpdates");
        Assert.False(poll.IsCompleted);

        var enqueued = _server.UserSaysInPrivate(42, "xin chào");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        var update = Assert.Single(updates);
        Assert.Equal(enqueued.UpdateId, update.Id);
        Assert.Equal("xin chào", update.Message!.Text);
        Assert.Empty(await client.GetUpdates(update.Id + 1, timeout: 0, allowedUpdates: [UpdateType.Message]));
        Assert.Equal(update.Id + 1, _server.ConfirmedOffset);
    }

    [Fact]
    public async Task DownloadFile_WithinAndOverLimit_ReturnsBytesOrStopsAtTheLimit()
    {
        var fileId = _server.AddFile([1, 2, 3, 4, 5], "pdf");
        var client = Client();
        var file = await client.GetFile(fileId);

        await using var fits = new BoundedBuffer(5);
        await client.DownloadFile(file.FilePath!, fits);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, fits.ToArray());
        await using var tooSmall = new BoundedBuffer(4);
        await Assert.ThrowsAsync<DownloadTooLargeException>(() => client.DownloadFile(file.FilePath!, tooSmall));
        Assert.Equal($"/file/bot{_server.Token}/{file.FilePath}", _server.RequestsFor("file")[0].Path);
        Assert.Equal(2, _server.RequestsFor("file").Count);
    }

    [Fact]
    public async Task DownloadFile_DroppedOnce_RetriedIntoAnEmptiedBuffer()
    {
        var fileId = _server.AddFile([1, 2, 3], "txt");
        var client = Client();
        var file = await client.GetFile(fileId);
        _server.EnqueueFault("file", FakeFault.Drop());

        await using var buffer = new BoundedBuffer(10);
        await client.DownloadFile(file.FilePath!, buffer);

        Assert.Equal(new byte[] { 1, 2, 3 }, buffer.ToArray());
        Assert.Equal(2, _server.RequestsFor("file").Count);
    }

    [Fact]
    public async Task SetMyCommands_ChatScope_SerializesScopeObject()
    {
        await Client().SetMyCommands([new BotCommand("ask", "Đặt câu hỏi")], BotCommandScope.Chat(42));

        var request = Assert.Single(_server.RequestsFor("setMyCommands"));
        Assert.Equal("""{"type":"chat","chat_id":42}""", request.Parameters["scope"]!.ToJsonString());
        Assert.Equal("""[{"command":"ask","description":"Đặt câu hỏi"}]""", request.Parameters["commands"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private ResilientTelegramBotClient Client(Action<TelegramOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new TelegramOptions
        {
            BotToken = _server.Token,
            ApiBaseUrl = _server.BaseUrl + "/",
            RetryBaseDelayMilliseconds = 20,
            RetryMaxDelaySeconds = 1,
        };
        configure?.Invoke(options);
        return new ResilientTelegramBotClient(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(options),
            TelegramRetryPolicy.FromOptions(options), _health, _services.GetRequiredService<BotMetrics>(), time ?? _time,
            NullLogger<ResilientTelegramBotClient>.Instance);
    }

    /// <summary>Sums one instrument of this test's DanVan.Bot meter (the one its own IMeterFactory made) while it lives.</summary>
    private sealed class MetricCollector : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _sum;

        public MetricCollector(IMeterFactory factory, string instrument)
        {
            _listener.InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == BotMetrics.MeterName && ReferenceEquals(i.Meter.Scope, factory) && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _sum, value));
            _listener.Start();
        }

        public long Sum => Interlocked.Read(ref _sum);

        public void Dispose() => _listener.Dispose();
    }
}
