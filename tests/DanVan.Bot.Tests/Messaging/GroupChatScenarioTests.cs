using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging;

public sealed class GroupChatScenarioTests : BotScenarioTest
{
    [Fact]
    public async Task GroupMessages_EveryTriggerForm_AnsweredWithTriggerStripped()
    {
        await using var bot = await StartBotAsync();
        string[] texts =
        [
            "/ask Câu hỏi một",
            "/ask@DanVanTestBot Câu hỏi hai",
            "/ASK@danvantestbot Câu hỏi ba",
            "@DanVanTestBot Câu hỏi bốn",
            "👍 Chào @DanVanTestBot, câu hỏi năm?",
            "Cho hỏi @danvantestbot về dân vận khéo",
        ];

        var questions = texts.Select(t => Server.UserSaysInGroup(GroupId, UserId, t)).ToList();
        var sent = await Server.WaitForMessagesAsync(texts.Length);

        Assert.Equal(
            ["Câu hỏi một", "Câu hỏi hai", "Câu hỏi ba", "Câu hỏi bốn", "👍 Chào, câu hỏi năm?", "Cho hỏi về dân vận khéo"],
            bot.Answerer.Calls.Select(c => c.Question));
        Assert.Equal(questions.Select(q => q.MessageId), sent.Select(m => m.ReplyToMessageId!.Value));
        Assert.All(sent, m => Assert.Equal(GroupId, m.ChatId));
    }

    [Fact]
    public async Task GroupMessages_NotForTheBot_Silent()
    {
        await using var bot = await StartBotAsync();
        var other = Server.UserSaysInGroup(GroupId, UserId, "Chào mọi người, chiều nay họp chi bộ nhé");
        Server.UserSaysInGroup(GroupId, UserId, "Đồng chí đọc tin nhắn trên chưa?", replyToMessageId: other.MessageId);
        Server.UserSaysInGroup(GroupId, UserId, "/ask@OtherBot dân vận là gì?");
        Server.UserSaysInGroup(GroupId, UserId, "@someone_else dân vận là gì?");
        var last = Server.UserSaysInGroup(GroupId, UserId, "/thoitiet hôm nay");

        await Server.WaitForConfirmedAsync(last.UpdateId);

        await bot.WaitForIdleAsync();

        Assert.Empty(Server.SentMessages);
        Assert.Empty(bot.Answerer.Calls);
        Assert.Empty(Server.RequestsFor("sendChatAction"));
    }

    [Fact]
    public async Task GroupUnknownCommand_AddressedToBot_GetsShortHelp()
    {
        await using var bot = await StartBotAsync();

        var message = Server.UserSaysInGroup(GroupId, UserId, "/thoitiet@DanVanTestBot", chatType: "group");
        var reply = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal(message.MessageId, reply.ReplyToMessageId);
        Assert.Contains("/thoitiet", reply.PlainText, StringComparison.Ordinal);
        Assert.Contains("/help", reply.PlainText, StringComparison.Ordinal);
        Assert.Empty(bot.Answerer.Calls);
    }

    [Fact]
    public async Task GroupReplyToBotAnswer_PassesEarlierQuestionAsPrevious()
    {
        await using var bot = await StartBotAsync();
        Server.UserSaysInGroup(GroupId, UserId, "/ask Dân vận khéo là gì?");
        var answer = (await Server.WaitForMessagesAsync(1))[0];
        // The answer's message id is recorded when the send returns, a moment after the fake server saw the request.
        await bot.WaitForIdleAsync();

        var followUp = Server.UserSaysInGroup(GroupId, UserId, "Còn ở cơ sở thì sao?", replyToMessageId: answer.MessageId);
        var second = (await Server.WaitForMessagesAsync(2))[1];

        Assert.Equal(("Còn ở cơ sở thì sao?", "Dân vận khéo là gì?"), bot.Answerer.Calls[1]);
        Assert.Equal(followUp.MessageId, second.ReplyToMessageId);
    }

    [Fact]
    public async Task GroupAskWithoutQuestion_RepliedToUserMessage_AsksThatMessage()
    {
        await using var bot = await StartBotAsync();
        var quoted = Server.UserSaysInGroup(GroupId, UserId, "Quy chế dân chủ ở cơ sở gồm những gì?");

        Server.UserSaysInGroup(GroupId, AdminId, "/ask", replyToMessageId: quoted.MessageId);
        await Server.WaitForMessagesAsync(1);

        Assert.Equal("Quy chế dân chủ ở cơ sở gồm những gì?", Assert.Single(bot.Answerer.Calls).Question);
    }

    [Fact]
    public async Task GroupAskWithoutQuestion_RepliesWithUsage()
    {
        await using var bot = await StartBotAsync();

        Server.UserSaysInGroup(GroupId, UserId, "/ask@DanVanTestBot");
        var reply = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Contains("/ask " + DanVan.Core.Answering.AnswerTexts.ExampleDate, reply.PlainText, StringComparison.Ordinal);
        Assert.Empty(bot.Answerer.Calls);
    }
}
