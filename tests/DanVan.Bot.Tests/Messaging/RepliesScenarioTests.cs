using System.Text;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging;

public sealed class RepliesScenarioTests : BotScenarioTest
{
    [Fact]
    public async Task LongAnswer_OverTelegramLimit_OneMessageTrimmedWithNoteKeepingSourcesAndFollowUp()
    {
        var text = LongAnswerText(paragraphs: 60);
        var answerer = new FakeQuestionAnswerer { Respond = (q, _) => FakeQuestionAnswerer.WithText(q, text) };
        await using var bot = await StartBotAsync(answerer: answerer);

        var question = Server.UserSaysInPrivate(UserId, "Hãy nêu đầy đủ các bước?");
        await Server.WaitForConfirmedAsync(question.UpdateId);
        await bot.WaitForIdleAsync();

        var sent = Assert.Single(Server.SentMessages);
        Assert.True(sent.Text.Length <= FakeBotApiServer.TelegramMaxMessageLength);
        Assert.Equal(question.MessageId, sent.ReplyToMessageId);
        Assert.Equal("HTML", sent.ParseMode, ignoreCase: true);
        Assert.StartsWith("Bước 1: ", sent.PlainText, StringComparison.Ordinal);
        Assert.Contains("phần còn lại có trong tài liệu nguồn bên dưới", sent.PlainText, StringComparison.Ordinal);
        Assert.EndsWith("Nguồn:\n[1] Tài liệu A\n[2] Tài liệu B", sent.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', sent.PlainText);

        Server.UserSaysInPrivate(UserId, "Bước cuối là gì?", replyToMessageId: sent.MessageId);
        await Server.WaitForMessagesAsync(2);
        Assert.Equal(("Bước cuối là gì?", "Hãy nêu đầy đủ các bước?"), bot.Answerer.Calls[1]);
    }

    [Fact]
    public async Task LongList_DocsWithManyDocuments_OneMessageTrimmedWithNote()
    {
        var knowledge = new FakeKnowledgeAdmin();
        for (var i = 0; i < 400; i++)
        {
            await knowledge.IngestAsync(Encoding.UTF8.GetBytes($"Tài liệu hướng dẫn công tác dân vận số {i}\n\nNội dung {i}."), $"tai-lieu-{i}.txt", "test");
        }

        await using var bot = await StartBotAsync(knowledge: knowledge);
        Server.UserSaysInPrivate(AdminId, "/docs");

        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));
        await bot.WaitForIdleAsync();

        Assert.Single(Server.SentMessages);
        Assert.StartsWith("Kho tài liệu (400 tài liệu):", sent.PlainText, StringComparison.Ordinal);
        Assert.EndsWith("Danh sách dài nên chỉ hiện phần đầu trong một tin nhắn.", sent.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_UserOverLimit_ToldToWaitOnceThenSilent()
    {
        await using var bot = await StartBotAsync(s =>
        {
            s["Bot:RateLimitCount"] = "2";
            s["Bot:RateLimitWindowSeconds"] = "600";
        });

        for (var i = 1; i <= 4; i++)
        {
            Server.UserSaysInPrivate(UserId, $"Câu hỏi số {i}");
        }

        var other = Server.UserSaysInPrivate(AdminId, "Người khác vẫn hỏi được chứ?");
        await Server.WaitForConfirmedAsync(other.UpdateId);
        await bot.WaitForIdleAsync();

        var toUser = Server.MessagesTo(UserId);
        Assert.Equal(3, toUser.Count);
        Assert.StartsWith("Bạn đang hỏi hơi nhanh. Vui lòng đợi khoảng", toUser[2].PlainText, StringComparison.Ordinal);
        // Chats are handled concurrently, so only each user's own order is fixed.
        var questions = bot.Answerer.Calls.Select(c => c.Question).ToList();
        Assert.Equal(["Câu hỏi số 1", "Câu hỏi số 2"], questions.Where(q => q.StartsWith("Câu hỏi số", StringComparison.Ordinal)));
        Assert.Equal(3, questions.Count);
        Assert.Contains("Người khác vẫn hỏi được chứ?", questions);
        Assert.Single(Server.MessagesTo(AdminId));
    }

    [Fact]
    public async Task AnswerWithMarkupCharacters_EscapedSoTelegramShowsThemVerbatim()
    {
        const string raw = "Điều 3 <Luật> & \"Quy chế\" > Nghị định [1]\n\nNguồn:\n[1] <b>không phải thẻ</b> & &amp;";
        var answerer = new FakeQuestionAnswerer { Respond = (q, _) => FakeQuestionAnswerer.WithText(q, raw) };
        await using var bot = await StartBotAsync(answerer: answerer);

        Server.UserSaysInPrivate(UserId, "<script>alert(1)</script>");
        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));

        Assert.Equal("HTML", sent.ParseMode, ignoreCase: true);
        Assert.Equal(raw, sent.PlainText);
        Assert.Equal("<script>alert(1)</script>", bot.Answerer.Calls[0].Question);
    }

    private static string LongAnswerText(int paragraphs)
    {
        var random = new Random(7);
        var builder = new StringBuilder();
        for (var p = 1; p <= paragraphs; p++)
        {
            builder.Append($"Bước {p}: ");
            for (var s = 0; s < 4; s++)
            {
                builder.Append("Cán bộ phải gần dân, hiểu dân & học dân <thực chất>; ")
                    .Append(random.Next(1000, 9999)).Append(" hộ được thăm hỏi 👍. ");
            }

            builder.Append($"[{(p % 5) + 1}]\n\n");
        }

        builder.Append("Nguồn:\n[1] Tài liệu A\n[2] Tài liệu B");
        return builder.ToString();
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
