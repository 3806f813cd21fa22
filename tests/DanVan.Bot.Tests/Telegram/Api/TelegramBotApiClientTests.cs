using System.Diagnostics;
using DanVan.Bot.Telegram;
using DanVan.Bot.Telegram.Api;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Telegram.Api;

public sealed class TelegramBotApiClientTests : IAsyncLifetime
{
    private readonly AcceleratedTimeProvider _time = new();
    private readonly TelegramHealth _health = new();
    private FakeBotApiServer _server = null!;
    private ServiceProvider _http = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _server.RegisterChat(FakeBotApiServer.PrivateChat(42));
        var services = new ServiceCollection();
        services.AddHttpClient(TelegramBotApiClient.HttpClientName, h => h.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        _http = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _http.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetMeAsync_AgainstServer_PostsToBaseBotTokenMethodAndParsesUser()
    {
        var me = await Client().GetMeAsync();

        Assert.Equal(FakeBotApiServer.BotId, me.Id);
        Assert.Equal(FakeBotApiServer.DefaultBotUsername, me.Username);
        Assert.True(me.IsBot);
        Assert.Equal($"/bot{_server.Token}/getMe", Assert.Single(_server.Requests).Path);
        Assert.NotNull(_health.LastSuccess);
    }

    [Fact]
    public async Task SendMessageAsync_WithReplyAndPreview_SendsBotApi7FieldsAndOmitsNulls()
    {
        var sent = await Client().SendMessageAsync(new SendMessageRequest(42, "<b>Chào</b> &amp; hẹn gặp", "HTML",
            new ReplyParameters(7), new LinkPreviewOptions(true)));

        var request = Assert.Single(_server.RequestsFor("sendMessage"));
        Assert.Equal(7, request.Parameters["reply_parameters"]!["message_id"]!.GetValue<long>());
        Assert.True(request.Parameters["reply_parameters"]!["allow_sending_without_reply"]!.GetValue<bool>());
        Assert.True(request.Parameters["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.Equal("HTML", request.GetString("parse_mode"));
        Assert.False(request.Parameters.ContainsKey("reply_markup"));
        Assert.Equal("Chào & hẹn gặp", sent.Text);
        Assert.Equal(42, sent.Chat.Id);
    }

    [Fact]
    public async Task SendMessageAsync_429_WaitsRetryAfterAndSendsOnce()
    {
        _server.EnqueueFault("sendMessage", FakeFault.TooManyRequests(3));

        await Client().SendMessageAsync(new SendMessageRequest(42, "xin chào"));

        Assert.Equal(2, _server.RequestsFor("sendMessage").Count);
        Assert.Single(_server.SentMessages);
        Assert.Contains(TimeSpan.FromSeconds(3), _time.RequestedDelays);
    }

    [Fact]
    public async Task SendMessageAsync_502HtmlBodyAndDroppedConnection_RetriedWithBackoff()
    {
        _server.EnqueueFault("sendMessage", FakeFault.BadGateway());
        _server.EnqueueFault("sendMessage", FakeFault.Drop());

        await Client().SendMessageAsync(new SendMessageRequest(42, "xin chào"));

        Assert.Equal(3, _server.RequestsFor("sendMessage").Count);
        Assert.Single(_server.SentMessages);
    }

    [Fact]
    public async Task GetMeAsync_SlowerThanRequestTimeout_TimesOutAndRetries()
    {
        _server.EnqueueFault("getMe", FakeFault.Slow(TimeSpan.FromSeconds(20)));

        var watch = Stopwatch.StartNew();
        await Client(o => o.RequestTimeoutSeconds = 1).GetMeAsync();

        Assert.Equal(2, _server.RequestsFor("getMe").Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task CallAsync_PersistentServerError_ThrowsWithCodeAfterMaxAttempts()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.EnqueueFault("getMe", FakeFault.InternalError());
        }

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client(o => o.MaxAttempts = 3).GetMeAsync());

        Assert.Equal(500, ex.ErrorCode);
        Assert.Equal("Internal Server Error", ex.Description);
        Assert.Equal("getMe", ex.Method);
        Assert.Equal(3, _server.RequestsFor("getMe").Count);
    }

    [Fact]
    public async Task SendMessageAsync_400_ThrowsAtOnceWithTelegramDescription()
    {
        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client().SendMessageAsync(new SendMessageRequest(42, "<b>không đóng")));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Contains("can't parse entities", ex.Description, StringComparison.Ordinal);
        Assert.Single(_server.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task SendMessageAsync_GroupMigrated_ExceptionCarriesNewChatId()
    {
        _server.RegisterChat(FakeBotApiServer.GroupChat(-500, "group"));
        _server.MigrateChat(-500, -1_000_500);

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client().SendMessageAsync(new SendMessageRequest(-500, "chào")));

        Assert.Equal(400, ex.ErrorCode);
        Assert.Equal(-1_000_500, ex.MigrateToChatId);
    }

    [Fact]
    public async Task CallAsync_ServerUnreachable_TransportErrorWithoutTokenAnywhere()
    {
        await _server.DisposeAsync();

        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => Client(o => o.MaxAttempts = 2).GetMeAsync());

        Assert.Equal(0, ex.ErrorCode);
        Assert.DoesNotContain(FakeBotApiServer.DefaultToken.Split(':')[1], ex.ToString(), StringComparison.Ordinal);
        _server = await FakeBotApiServer.StartAsync();
    }

    [Fact]
    public async Task GetUpdatesAsync_EmptyQueue_BlocksUntilAnUpdateArrivesAndOffsetConfirms()
    {
        var client = Client();
        var poll = client.GetUpdatesAsync(null, 10, ["message"]);
        await _server.WaitForRequestAsync("getUpdates");
        Assert.False(poll.IsCompleted);

        var enqueued = _server.UserSaysInPrivate(42, "xin chào");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        var update = Assert.Single(updates);
        Assert.Equal(enqueued.UpdateId, update.UpdateId);
        Assert.Equal("xin chào", update.Message!.Text);
        Assert.Empty(await client.GetUpdatesAsync(update.UpdateId + 1, 0, ["message"]));
        Assert.Equal(update.UpdateId + 1, _server.ConfirmedOffset);
    }

    [Fact]
    public async Task DownloadFileAsync_WithinAndOverLimit_ReturnsBytesOrThrows413()
    {
        var fileId = _server.AddFile([1, 2, 3, 4, 5], "pdf");
        var client = Client();
        var file = await client.GetFileAsync(fileId);

        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, await client.DownloadFileAsync(file.FilePath!, 5));
        var ex = await Assert.ThrowsAsync<TelegramApiException>(() => client.DownloadFileAsync(file.FilePath!, 4));
        Assert.Equal(413, ex.ErrorCode);
        Assert.Equal($"/file/bot{_server.Token}/{file.FilePath}", _server.RequestsFor("file")[0].Path);
    }

    [Fact]
    public async Task SetMyCommandsAsync_ChatScope_SerializesScopeObject()
    {
        await Client().SetMyCommandsAsync([new BotCommand("ask", "Đặt câu hỏi")], new BotCommandScope("chat", 42));

        var request = Assert.Single(_server.RequestsFor("setMyCommands"));
        Assert.Equal("""{"type":"chat","chat_id":42}""", request.Parameters["scope"]!.ToJsonString());
        Assert.Equal("""[{"command":"ask","description":"Đặt câu hỏi"}]""", request.Parameters["commands"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private TelegramBotApiClient Client(Action<TelegramOptions>? configure = null)
    {
        var options = new TelegramOptions
        {
            BotToken = _server.Token,
            ApiBaseUrl = _server.BaseUrl + "/",
            RetryBaseDelayMilliseconds = 20,
            RetryMaxDelaySeconds = 1,
        };
        configure?.Invoke(options);
        return new TelegramBotApiClient(_http.GetRequiredService<IHttpClientFactory>(), Options.Create(options),
            TelegramRetryPolicy.FromOptions(options), _health, _time, NullLogger<TelegramBotApiClient>.Instance);
    }
}
