using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DanVan.Bot.Messaging.Receiving;
using DanVan.Bot.Messaging;
using DanVan.Bot.Messaging.Inbox;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Storage;

namespace DanVan.Bot.Tests.Messaging.Reliability;

/// <summary>
/// Issue 12 §1: an update the bot cannot handle, however malformed or whatever throws, is logged without its text and set
/// aside (listed by <c>updates failed</c>); the queue moves on, in polling and webhook mode.
/// </summary>
public sealed class PoisonUpdateTests : BotScenarioTest
{
    private const string Secret = WebhookSecret;
    private const string PrivateText = "NỘI DUNG RIÊNG TƯ 4711";
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Polling_MessageWithoutChat_SetAsideWithoutItsTextAndTheNextQuestionAnswered()
    {
        await using var bot = await StartBotAsync();
        var poison = Server.EnqueueUpdate(MessageWithoutChat());
        var question = Server.UserSaysInPrivate(UserId, "Câu hỏi sau cập nhật hỏng");

        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal(question.MessageId, sent.ReplyToMessageId);
        var failed = Assert.Single(await FailedAsync());
        Assert.Equal(poison, failed.UpdateId);
        Assert.Equal("message without chat", failed.Error);
        Assert.DoesNotContain(PrivateText, bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_UpdateWhoseJsonDoesNotFitTheModel_SetAsideAndTheRestOfItsBatchAnswered()
    {
        var before = Server.UserSaysInPrivate(UserId, "Câu hỏi trước cập nhật lạ");
        var odd = Server.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 78,
                ["date"] = new JsonObject { ["not"] = "a date" },
                ["chat"] = FakeBotApiServer.PrivateChat(UserId),
                ["text"] = PrivateText,
            },
        });
        var after = Server.UserSaysInPrivate(UserId, "Câu hỏi sau cập nhật lạ");
        await using var bot = await StartBotAsync();

        var sent = await Server.WaitForMessagesAsync(2);

        Assert.Equal([before.MessageId, after.MessageId], sent.Select(m => m.ReplyToMessageId).Order());
        var failed = Assert.Single(await FailedAsync());
        Assert.Equal(odd, failed.UpdateId);
        Assert.StartsWith("unreadable JSON", failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateText, bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_UpdateThatKeepsThrowing_RetriedBoundedTimesThenSetAsideAndItsChatMovesOn()
    {
        await using var bot = await StartBotAsync(s => s["Bot:UpdateMaxAttempts"] = "3");
        for (var i = 0; i < 3; i++)
        {
            // "query is too old": the handler's answerCallbackQuery throws out of the handler on every try.
            Server.EnqueueFault("answerCallbackQuery", new FakeFault { StatusCode = 400, Description = "Bad Request: query is too old" });
        }

        var poison = Server.EnqueueUpdate(CallbackQuery(UserId, "unknown:1"));
        var question = Server.UserSaysInPrivate(UserId, "Câu hỏi cùng chat sau cập nhật lỗi");

        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal(question.MessageId, sent.ReplyToMessageId);
        Assert.Equal(3, Server.RequestsFor("answerCallbackQuery").Count);
        var failed = Assert.Single(await FailedAsync());
        Assert.Equal((poison, 3, "ApiRequestException"), (failed.UpdateId, failed.Attempts, failed.Error));
    }

    [Fact]
    public async Task Polling_UpdateFailingOnce_HandledOnTheSecondTryAndNotSetAside()
    {
        await using var bot = await StartBotAsync();
        Server.EnqueueFault("answerCallbackQuery", new FakeFault { StatusCode = 400, Description = "Bad Request: temporary" });
        Server.EnqueueUpdate(CallbackQuery(UserId, "unknown:2"));

        await Server.WaitForRequestAsync("answerCallbackQuery", r => Server.RequestsFor("answerCallbackQuery").Count == 2);
        Server.UserSaysInPrivate(UserId, "Câu hỏi tiếp");
        await Server.WaitForMessagesAsync(1);

        Assert.Empty(await FailedAsync());
    }

    [Fact]
    public async Task Webhook_MalformedUpdates_Answered200SetAsideAndTheQueueMovesOn()
    {
        await using var bot = await StartWebhookBotAsync();
        await Server.WaitForRequestAsync("setWebhook");
        Server.RegisterChat(FakeBotApiServer.PrivateChat(UserId));
        var noChat = MessageWithoutChat();
        noChat["update_id"] = 3001;
        var wrongTypes = JsonNode.Parse("""{"update_id":3002,"message":"not an object","unknown_field":{"x":[1,2]}}""")!.AsObject();

        using var first = await PostAsync(bot, noChat.ToJsonString());
        using var second = await PostAsync(bot, wrongTypes.ToJsonString());
        using var good = await PostAsync(bot, Question(3003, "Câu hỏi qua webhook sau cập nhật hỏng").ToJsonString());
        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode, good.StatusCode));
        Assert.Equal(3003, sent.ReplyToMessageId);
        Assert.Equal([3001L, 3002L], (await FailedAsync()).Select(f => f.UpdateId).Order());
        Assert.DoesNotContain(PrivateText, bot.Logs.AllText, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<FailedUpdate>> FailedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        IReadOnlyList<FailedUpdate> failed;
        do
        {
            failed = await new FailedUpdates(new SqliteConnectionFactory(DatabasePath)).ListFailedAsync(10, CancellationToken.None);
            if (failed.Count > 0)
            {
                return failed;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        return failed;
    }

    private static JsonObject MessageWithoutChat() => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = 77,
            ["date"] = 1_700_000_000,
            ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Cán bộ" },
            ["text"] = PrivateText,
        },
    };

    private static JsonObject CallbackQuery(long userId, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = "cb-" + data,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Cán bộ" },
            ["data"] = data,
        },
    };

    private static JsonObject Question(long updateId, string text) => new()
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

    private static async Task<HttpResponseMessage> PostAsync(BotTestHost bot, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.ListenAddress + "/telegram/hook")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookEndpoint.SecretHeader, Secret);
        return await Http.SendAsync(request);
    }
}
