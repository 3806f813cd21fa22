using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Bot.Messaging.Receiving;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging;

public sealed class WebhookScenarioTests : BotScenarioTest
{
    private const string Secret = WebhookSecret;
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Start_WebhookMode_SetsWebhookWithSecretAndAllowedUpdates()
    {
        await using var bot = await StartWebhookBotAsync();

        var request = await Server.WaitForRequestAsync("setWebhook");

        Assert.Equal("https://bot.example.org/telegram/hook", request.GetString("url"));
        Assert.Equal(Secret, request.GetString("secret_token"));
        Assert.Equal(["message", "callback_query", "my_chat_member"], Server.WebhookAllowedUpdates!.Select(n => n!.ToString()));
        Assert.Empty(Server.RequestsFor("getUpdates"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("webhook-secret_12")]
    [InlineData("webhook-secret_1234")]
    [InlineData("WEBHOOK-SECRET_123")]
    public async Task Post_WrongOrMissingSecret_RejectedAndNothingHandled(string? secret)
    {
        await using var bot = await StartWebhookBotAsync();
        await Server.WaitForRequestAsync("setWebhook");
        Server.RegisterChat(FakeBotApiServer.PrivateChat(UserId));

        using var response = await PostUpdateAsync(bot, UpdateJson(1001, "Câu hỏi giả mạo"), secret);
        using var genuine = await PostUpdateAsync(bot, UpdateJson(1002, "Câu hỏi thật"), Secret);
        await Server.WaitForMessagesAsync(1);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["Câu hỏi thật"], bot.Answerer.Calls.Select(c => c.Question));
        Assert.Single(Server.SentMessages);
    }

    [Fact]
    public async Task Post_RightSecret_Answers200AndHandlesOnceEvenIfResent()
    {
        await using var bot = await StartWebhookBotAsync();
        await Server.WaitForRequestAsync("setWebhook");
        Server.RegisterChat(FakeBotApiServer.PrivateChat(UserId));
        var update = UpdateJson(2002, "Câu hỏi qua webhook");

        using var first = await PostUpdateAsync(bot, update, Secret);
        using var again = await PostUpdateAsync(bot, update, Secret);
        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));
        using var third = await PostUpdateAsync(bot, UpdateJson(2003, "Câu hỏi thứ hai"), Secret);
        await Server.WaitForMessagesAsync(2);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.StartsWith("Trả lời cho: Câu hỏi qua webhook", sent.PlainText, StringComparison.Ordinal);
        Assert.Equal(["Câu hỏi qua webhook", "Câu hỏi thứ hai"], bot.Answerer.Calls.Select(c => c.Question));
    }

    [Fact]
    public async Task Post_UnreadableBody_BadRequest()
    {
        await using var bot = await StartWebhookBotAsync();

        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.ListenAddress + "/telegram/hook") { Content = content };
        request.Headers.Add(WebhookEndpoint.SecretHeader, Secret);
        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_AfterTelegramAnswered_ReportsDatabaseAndLastSuccess()
    {
        await using var bot = await StartWebhookBotAsync();
        await Server.WaitForRequestAsync("setWebhook");

        // The fake records setWebhook before the bot has read the answer: poll briefly until the bot has.
        HttpResponseMessage response;
        JsonDocument json;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            response = await Http.GetAsync(bot.ListenAddress + "/healthz");
            json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (json.RootElement.GetProperty("telegram").GetProperty("lastSuccess").ValueKind == JsonValueKind.String || DateTime.UtcNow > deadline)
            {
                break;
            }

            response.Dispose();
            json.Dispose();
            await Task.Delay(20);
        }

        using var disposeResponse = response;
        using var disposeJson = json;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("receiving").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("telegram").GetProperty("lastSuccess").ValueKind);
    }

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abd", false)]
    [InlineData("abc", "ab", false)]
    [InlineData("abc", "", false)]
    [InlineData("abc", null, false)]
    [InlineData(null, "abc", false)]
    [InlineData("", "", false)]
    public void SecretMatches_Values_ComparesExactly(string? expected, string? provided, bool matches) =>
        Assert.Equal(matches, WebhookEndpoint.SecretMatches(expected, provided));

    private static async Task<HttpResponseMessage> PostUpdateAsync(BotTestHost bot, JsonObject update, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, bot.ListenAddress + "/telegram/hook")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        }

        using (request)
        {
            return await Http.SendAsync(request);
        }
    }

    private static JsonObject UpdateJson(long updateId, string text) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId,
            ["date"] = 1_700_000_000,
            ["chat"] = FakeBotApiServer.PrivateChat(UserId),
            ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Cán bộ" },
            ["text"] = text,
        },
    };
}
