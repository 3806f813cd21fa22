using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>The fake must behave like Telegram where the bot depends on it, or the scenario tests prove nothing.</summary>
public sealed class FakeBotApiServerTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _server.RegisterChat(FakeBotApiServer.PrivateChat(1));
    }

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    [Theory]
    [InlineData("<b>đậm</b> &amp; &lt;thẻ&gt; &#128077;", "HTML", 200)]
    [InlineData("<b>không đóng", "HTML", 400)]
    [InlineData("<div>thẻ lạ</div>", "HTML", 400)]
    [InlineData("a & b", "HTML", 400)]
    [InlineData("a & b", null, 200)]
    [InlineData("<b>đậm</b>", "Html", 200)]
    [InlineData("<b>không đóng", "html", 400)]
    [InlineData("<b> </b>", "HTML", 400)]
    public async Task SendMessage_TextAndParseMode_ValidatedLikeTelegram(string text, string? parseMode, int expectedStatus)
    {
        var (status, _) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 1, ["text"] = text, ["parse_mode"] = parseMode });

        Assert.Equal(expectedStatus, status);
    }

    [Fact]
    public async Task SendMessage_Over4096CharactersAfterParsing_Rejected()
    {
        var (ok, _) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 1, ["text"] = "<b>" + new string('x', 4096) + "</b>", ["parse_mode"] = "HTML" });
        var (tooLong, body) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 1, ["text"] = new string('x', 4097) });

        Assert.Equal(200, ok);
        Assert.Equal(400, tooLong);
        Assert.Equal("Bad Request: message is too long", body["description"]!.ToString());
    }

    [Fact]
    public async Task GetUpdates_NothingPending_BlocksForTheTimeout()
    {
        var watch = Stopwatch.StartNew();
        var (status, body) = await CallAsync("getUpdates", new JsonObject { ["timeout"] = 1 });

        Assert.Equal(200, status);
        Assert.Empty(body["result"]!.AsArray());
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetUpdates_Offset_ConfirmsEarlierUpdates()
    {
        var first = _server.UserSaysInPrivate(1, "một").UpdateId;
        var second = _server.UserSaysInPrivate(1, "hai").UpdateId;

        var (_, all) = await CallAsync("getUpdates", new JsonObject());
        var (_, rest) = await CallAsync("getUpdates", new JsonObject { ["offset"] = first + 1 });

        Assert.Equal(2, all["result"]!.AsArray().Count);
        Assert.Equal(second, Assert.Single(rest["result"]!.AsArray())!["update_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task AnyMethod_WrongToken_Unauthorized()
    {
        using var response = await Http.PostAsync($"{_server.BaseUrl}/bot1:wrong/getMe", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetUpdates_EmptyQueue_AnUpdateEndsTheWait()
    {
        var poll = CallAsync("getUpdates", new JsonObject { ["timeout"] = 10 });
        await Task.Delay(100);
        Assert.False(poll.IsCompleted);

        _server.UserSaysInPrivate(1, "Xin chào");

        var (_, body) = await poll.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("Xin chào", Assert.Single(body["result"]!.AsArray())!["message"]!["text"]!.ToString());
    }

    [Fact]
    public async Task TelegramBotClient_GetMeWithoutBodyAndGetUpdates_Answered()
    {
        var bot = new Telegram.Bot.TelegramBotClient(new Telegram.Bot.TelegramBotClientOptions(_server.Token, _server.BaseUrl), Http);
        _server.UserSaysInPrivate(1, "Dân vận khéo là gì?");

        var me = await Telegram.Bot.TelegramBotClientExtensions.GetMe(bot);
        var updates = await Telegram.Bot.TelegramBotClientExtensions.GetUpdates(bot, 0, timeout: 1);

        Assert.Equal(FakeBotApiServer.DefaultBotUsername, me.Username);
        Assert.Equal("Dân vận khéo là gì?", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task SendMessage_ReplyToEnqueuedMessage_IsTimedFromEnqueueAndDelivery()
    {
        _server.RegisterChat(FakeBotApiServer.PrivateChat(2));
        _server.ResetTimings(expected: 2);
        var first = _server.UserSaysInPrivate(1, "Dân vận khéo là gì?");
        var second = _server.UserSaysInPrivate(2, "Quy chế dân chủ ở cơ sở?");

        var (_, updates) = await CallAsync("getUpdates", new JsonObject());
        Assert.Equal(2, updates["result"]!.AsArray().Count);
        await CallAsync("sendMessage", Reply(first, "Trả lời"));
        await Assert.ThrowsAsync<TimeoutException>(() => _server.WhenAllAnsweredAsync(TimeSpan.FromMilliseconds(200)));
        await CallAsync("sendMessage", Reply(second, "Trả lời"));
        await _server.WhenAllAnsweredAsync(TimeSpan.FromSeconds(5));

        var timings = _server.Timings();
        Assert.Equal(2, timings.FromEnqueue.Count);
        Assert.All(timings.FromEnqueue.Zip(timings.FromDelivery), t => Assert.True(t.First >= t.Second && t.Second >= 0));
        Assert.NotNull(_server.FirstGetUpdates);
    }

    [Fact]
    public async Task SendMessage_WithSendLatency_IsAcceptedBeforeItAnswers()
    {
        _server.SendLatency = TimeSpan.FromMilliseconds(500);
        var question = _server.UserSaysInPrivate(1, "Câu hỏi");

        var send = CallAsync("sendMessage", Reply(question, "Trả lời"));
        await _server.WaitForMessagesAsync(1, m => m.ReplyToMessageId == question.MessageId);
        var acceptedWhileWaiting = !send.IsCompleted;
        var (status, _) = await send;

        Assert.True(acceptedWhileWaiting);
        Assert.Equal(200, status);
    }

    [Fact]
    public void PeekPending_ConfirmPending_HandsUpdatesOutInOrderUntilConfirmed()
    {
        var first = _server.UserSaysInPrivate(1, "một");
        var second = _server.UserSaysInPrivate(1, "hai");

        var peeked = _server.PeekPending();
        var again = _server.PeekPending();
        _server.ConfirmPending(first.UpdateId);
        var next = _server.PeekPending();
        _server.ConfirmPending(second.UpdateId);

        Assert.Equal(first.UpdateId, peeked!["update_id"]!.GetValue<long>());
        Assert.Equal(first.UpdateId, again!["update_id"]!.GetValue<long>());
        Assert.Equal(second.UpdateId, next!["update_id"]!.GetValue<long>());
        Assert.Null(_server.PeekPending());
        Assert.Equal(second.UpdateId + 1, _server.ConfirmedOffset);
    }

    private static JsonObject Reply(EnqueuedMessage question, string text) => new()
    {
        ["chat_id"] = question.ChatId, ["text"] = text, ["reply_parameters"] = new JsonObject { ["message_id"] = question.MessageId },
    };

    private async Task<(int Status, JsonObject Body)> CallAsync(string method, JsonObject parameters)
    {
        using var content = new StringContent(parameters.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync($"{_server.BaseUrl}/bot{_server.Token}/{method}", content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
