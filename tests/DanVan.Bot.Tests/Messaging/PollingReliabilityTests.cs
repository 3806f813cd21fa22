using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging;
using DanVan.Bot.Storage;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Storage;

namespace DanVan.Bot.Tests.Messaging;

public sealed class PollingReliabilityTests : BotScenarioTest
{
    [Fact]
    public async Task SendMessage429_WithRetryAfter_WaitsAndRepliesExactlyOnce()
    {
        await using var bot = await StartBotAsync();
        Server.EnqueueFault("sendMessage", FakeFault.TooManyRequests(retryAfter: 2));

        var question = Server.UserSaysInPrivate(UserId, "Nguyên tắc dân vận?");
        await Server.WaitForConfirmedAsync(question.UpdateId);
        await bot.WaitForIdleAsync();

        Assert.Single(Server.SentMessages);
        Assert.Equal(2, Server.RequestsFor("sendMessage").Count);
        Assert.Contains(TimeSpan.FromSeconds(2), bot.Time.RequestedDelays);
    }

    [Fact]
    public async Task Restart_SameDatabaseAndConfirmationsLost_NoDuplicateAndNothingLost()
    {
        await using (var first = await StartBotAsync())
        {
            Server.UserSaysInPrivate(UserId, "Câu hỏi trước khi dừng");
            await Server.WaitForMessagesAsync(1);
        }

        // Asked while the bot is down; then Telegram behaves as if no getUpdates had confirmed anything (as after SIGKILL).
        var whileDown = Server.UserSaysInPrivate(UserId, "Câu hỏi khi bot đang dừng");
        Server.RedeliverAll();

        await using var second = await StartBotAsync();
        await Server.WaitForConfirmedAsync(whileDown.UpdateId);
        await second.WaitForIdleAsync();

        Assert.Equal(["Câu hỏi trước khi dừng", "Câu hỏi khi bot đang dừng"], Server.SentMessages.Select(m => m.PlainText.Split(" [1]")[0]["Trả lời cho: ".Length..]));
        Assert.Equal(["Câu hỏi khi bot đang dừng"], second.Answerer.Calls.Select(c => c.Question));
    }

    [Fact]
    public async Task Restart_ReplyToAnswerFromBeforeRestart_IsStillAFollowUp()
    {
        await using (var first = await StartBotAsync())
        {
            Server.UserSaysInPrivate(UserId, "Dân vận là gì?");
            await Server.WaitForMessagesAsync(1);
        }

        await using var second = await StartBotAsync();
        Server.UserSaysInPrivate(UserId, "Cho ví dụ?", replyToMessageId: Server.SentMessages[0].MessageId);
        await Server.WaitForMessagesAsync(2);

        Assert.Equal(("Cho ví dụ?", "Dân vận là gì?"), Assert.Single(second.Answerer.Calls));
    }

    [Fact]
    public async Task Stop_WhileAnswering_UpdateHandledAfterRestart()
    {
        var blocked = new FakeQuestionAnswerer { BeforeAnswer = ct => Task.Delay(Timeout.Infinite, ct) };
        await using (var first = await StartBotAsync(s => s["Bot:StopGraceSeconds"] = "1", answerer: blocked))
        {
            Server.UserSaysInPrivate(UserId, "Câu hỏi đang trả lời dở");
            await Server.WaitForRequestAsync("sendChatAction");
        }

        await using var second = await StartBotAsync();
        await Server.WaitForMessagesAsync(1);
        var lastPoll = await Server.WaitForRequestAsync("getUpdates", r => r.GetLong("offset") > Server.SentMessages.Count);

        Assert.Single(Server.SentMessages);
        Assert.Equal(["Câu hỏi đang trả lời dở"], second.Answerer.Calls.Select(c => c.Question));
        Assert.NotNull(lastPoll);
    }

    [Fact]
    public async Task UpdateAlreadyRecordedAsHandled_NotAnsweredAgain()
    {
        var handled = Server.UserSaysInPrivate(UserId, "Đã trả lời trước khi mất điện");
        var store = new TelegramStateStore(new SqliteConnectionFactory(DatabasePath, [BotSchema.Migrations]), TimeProvider.System);
        await store.MarkProcessedAsync(handled.UpdateId, CancellationToken.None);
        var fresh = Server.UserSaysInPrivate(UserId, "Câu hỏi mới");

        await using var bot = await StartBotAsync();
        await Server.WaitForConfirmedAsync(fresh.UpdateId);
        await bot.WaitForIdleAsync();

        Assert.Equal(["Câu hỏi mới"], bot.Answerer.Calls.Select(c => c.Question));
        Assert.Single(Server.SentMessages);
    }

    [Fact]
    public async Task CleanStop_ConfirmsStoredOffsetToTelegram()
    {
        long updateId;
        await using (var bot = await StartBotAsync())
        {
            updateId = Server.UserSaysInPrivate(UserId, "Câu hỏi").UpdateId;
            await Server.WaitForMessagesAsync(1);
        }

        var store = new TelegramStateStore(new SqliteConnectionFactory(DatabasePath, [BotSchema.Migrations]), TimeProvider.System);
        Assert.Equal(updateId + 1, await store.GetOffsetAsync(CancellationToken.None));
        Assert.Equal(updateId + 1, Server.ConfirmedOffset);
        var last = Server.RequestsFor("getUpdates")[^1];
        Assert.Equal(0, last.GetLong("timeout"));
        Assert.Equal(["message", "callback_query", "my_chat_member"], last.Parameters["allowed_updates"]!.AsArray().Select(n => n!.ToString()));
    }
}
