using System.Text.Json.Nodes;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.Messaging;

public sealed class FaultHandlingScenarioTests : BotScenarioTest
{
    [Fact]
    public async Task GetUpdates_502DropAndSlowResponses_PollLoopSurvivesAndAnswers()
    {
        Server.EnqueueFault("getUpdates", FakeFault.BadGateway());
        Server.EnqueueFault("getUpdates", FakeFault.Drop());
        Server.EnqueueFault("getUpdates", FakeFault.InternalError());
        await using var bot = await StartBotAsync();

        var question = Server.UserSaysInPrivate(UserId, "Vẫn trả lời sau lỗi mạng chứ?");
        await Server.WaitForConfirmedAsync(question.UpdateId);
        await bot.WaitForIdleAsync();

        Assert.Single(Server.SentMessages);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("getUpdates failed (502", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetUpdates409_LogsConflictClearlyAndKeepsPolling()
    {
        for (var i = 0; i < 5; i++)
        {
            Server.EnqueueFault("getUpdates", FakeFault.Conflict());
        }

        await using var bot = await StartBotAsync();
        var question = Server.UserSaysInPrivate(UserId, "Có ai khác đang chạy bot không?");
        await Server.WaitForConfirmedAsync(question.UpdateId);
        await bot.WaitForIdleAsync();

        Assert.Single(Server.SentMessages);
        var conflicts = bot.Logs.Entries.Where(e => e.Text.Contains("409 Conflict", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, conflicts.Count);
        Assert.All(conflicts, c => Assert.Equal(LogLevel.Error, c.Level));
        Assert.Contains("Another process is polling with this bot token", conflicts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage403_BlockedChat_LoggedAndOtherChatsStillAnswered()
    {
        const long blockedUser = 333_000_333;
        Server.BlockChat(blockedUser);
        await using var bot = await StartBotAsync();

        Server.UserSaysInPrivate(blockedUser, "Câu hỏi từ người đã chặn bot");
        var other = Server.UserSaysInPrivate(UserId, "Câu hỏi khác");
        await Server.WaitForConfirmedAsync(other.UpdateId);
        await bot.WaitForIdleAsync();

        var sent = Assert.Single(Server.SentMessages);
        Assert.Equal(UserId, sent.ChatId);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains($"Cannot send to chat {blockedUser}", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task SendMessage400CantParseEntities_SameAnswerResentAsPlainText()
    {
        Server.EnqueueFault("sendMessage", new FakeFault { StatusCode = 400, Description = "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3" });
        await using var bot = await StartBotAsync();

        Server.UserSaysInPrivate(UserId, "Vì sao 1 < 2 & 3 > 2?");
        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Null(sent.ParseMode);
        Assert.Equal(FakeQuestionAnswerer.Echo("Vì sao 1 < 2 & 3 > 2?", null).Text, sent.Text);
        Assert.Equal(2, Server.RequestsFor("sendMessage").Count);
    }

    [Fact]
    public async Task SendMessage400MigrateToChatId_ListenersToldAndAnswerSentToSupergroup()
    {
        const long oldGroup = -4_000_111;
        const long supergroup = -1_009_000_111;
        var listener = new RecordingChatMigrationListener();
        await using var bot = await StartBotAsync(services: s => s.AddSingleton<IChatMigrationListener>(listener));

        Server.UserSaysInGroup(oldGroup, UserId, "/ask Nhóm vừa nâng cấp?", chatType: "group");
        Server.MigrateChat(oldGroup, supergroup);
        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal(supergroup, sent.ChatId);
        Assert.Null(sent.ReplyToMessageId);
        Assert.Equal([(oldGroup, supergroup)], listener.Moves);
    }

    [Fact]
    public async Task MigrationServiceMessage_ListenersTold()
    {
        var listener = new RecordingChatMigrationListener();
        await using var bot = await StartBotAsync(services: s => s.AddSingleton<IChatMigrationListener>(listener));

        var update = Server.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 5, ["date"] = 1_700_000_000,
                ["chat"] = FakeBotApiServer.GroupChat(-4_000_222, "group"),
                ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "A" },
                ["migrate_to_chat_id"] = -1_009_000_222,
            },
        });
        await Server.WaitForConfirmedAsync(update);
        await bot.WaitForIdleAsync();

        Assert.Equal([(-4_000_222L, -1_009_000_222L)], listener.Moves);
        Assert.Empty(Server.SentMessages);
    }

    [Fact]
    public async Task AnswererThrows_UserToldPolitelyAndNextQuestionAnswered()
    {
        var answerer = new FakeQuestionAnswerer();
        answerer.Respond = (q, p) => q.StartsWith("lỗi", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : FakeQuestionAnswerer.Echo(q, p);
        await using var bot = await StartBotAsync(answerer: answerer);

        Server.UserSaysInPrivate(UserId, "lỗi nhé");
        Server.UserSaysInPrivate(UserId, "Câu hỏi bình thường");
        var sent = await Server.WaitForMessagesAsync(2);

        Assert.StartsWith("Xin lỗi, đã có lỗi khi tìm câu trả lời", sent[0].PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Trả lời cho: Câu hỏi bình thường", sent[1].PlainText, StringComparison.Ordinal);
    }
}
