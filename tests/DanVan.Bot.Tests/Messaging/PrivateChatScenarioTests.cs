using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging;

public sealed class PrivateChatScenarioTests : BotScenarioTest
{
    [Fact]
    public async Task PrivateText_AnyText_AnsweredAsReplyWithTypingHtmlAndNoPreview()
    {
        await using var bot = await StartBotAsync();

        var question = Server.UserSaysInPrivate(UserId, "Dân vận khéo là gì?");
        var sent = await Server.WaitForMessagesAsync(1);

        var answer = Assert.Single(sent);
        Assert.Equal(UserId, answer.ChatId);
        Assert.Equal(question.MessageId, answer.ReplyToMessageId);
        Assert.True(answer.LinkPreviewDisabled);
        Assert.Equal("HTML", answer.ParseMode, ignoreCase: true);
        Assert.Contains("<b>Nguồn:</b>", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Trả lời cho: Dân vận khéo là gì?", answer.PlainText, StringComparison.Ordinal);
        Assert.Equal(("Dân vận khéo là gì?", (string?)null), Assert.Single(bot.Answerer.Calls));

        var requests = Server.Requests.Select(r => r.Method).ToList();
        var typing = Server.RequestsFor("sendChatAction")[0];
        Assert.Equal("typing", typing.GetString("action"));
        Assert.True(requests.IndexOf("sendChatAction") < requests.IndexOf("sendMessage"));
    }
}
