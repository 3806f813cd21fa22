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

    private async Task<(int Status, JsonObject Body)> CallAsync(string method, JsonObject parameters)
    {
        using var content = new StringContent(parameters.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync($"{_server.BaseUrl}/bot{_server.Token}/{method}", content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
