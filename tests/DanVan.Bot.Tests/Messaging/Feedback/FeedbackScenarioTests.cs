using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Answering;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Tests.Messaging.Feedback;

/// <summary>👍 / 👎 under answers, /unanswered and /stats, through the fake Bot API server and a real SQLite file.</summary>
public sealed class FeedbackScenarioTests : BotScenarioTest
{
    private static JsonObject Press(string id, long userId, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = id,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "U" },
            ["data"] = data,
            ["chat_instance"] = "x",
        },
    };

    private static List<string> ButtonData(SentMessage message)
    {
        using var markup = JsonDocument.Parse(message.ReplyMarkupJson!);
        return markup.RootElement.GetProperty("inline_keyboard")[0].EnumerateArray().Select(b => b.GetProperty("callback_data").GetString()!).ToList();
    }

    private async Task<string> PressAsync(string id, long userId, string data)
    {
        Server.EnqueueUpdate(Press(id, userId, data));
        var answered = await Server.WaitForRequestAsync("answerCallbackQuery", r => r.GetString("callback_query_id") == id);
        return answered.GetString("text")!;
    }

    [Fact]
    public async Task Answer_CarriesVoteButtons_OneVotePerUserChangeable_EveryoneInAGroup_AfterRestart()
    {
        Server.RegisterChat(FakeBotApiServer.GroupChat(GroupId));
        List<string> buttons;
        await using (var bot = await StartBotAsync())
        {
            Server.UserSaysInGroup(GroupId, UserId, "/ask lớp tập huấn ở Hà Nam");
            var answer = Assert.Single(await Server.WaitForMessagesAsync(1));
            buttons = ButtonData(answer);

            Assert.Equal(2, buttons.Count);
            Assert.All(buttons, data => Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64));
            Assert.Equal("Cảm ơn bạn đã đánh giá 👍!", await PressAsync("c1", UserId, buttons[0]));
            Assert.Equal("Bạn đã đánh giá 👍 câu trả lời này rồi.", await PressAsync("c2", UserId, buttons[0]));
            Assert.Equal("Đã đổi đánh giá của bạn thành 👎.", await PressAsync("c3", UserId, buttons[1]));
        }

        // A new process on the same database: the buttons of earlier answers still count, for anyone in the group.
        await using (var bot = await StartBotAsync())
        {
            Assert.StartsWith("Cảm ơn bạn!", await PressAsync("c4", AdminId, buttons[1]), StringComparison.Ordinal);
            Assert.Equal("Đã đổi đánh giá của bạn thành 👍.", await PressAsync("c5", UserId, buttons[0]));
        }

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(vote) FROM (SELECT vote FROM question_votes ORDER BY vote)";
        Assert.Equal("-1,1", command.ExecuteScalar());
        command.CommandText = "SELECT question || '|' || outcome FROM questions";
        Assert.Equal("lớp tập huấn ở Hà Nam|answered", command.ExecuteScalar());
    }

    [Fact]
    public async Task Press_MalformedOrUnknownQuestion_AnsweredWithAToast()
    {
        await using var bot = await StartBotAsync();

        Assert.Equal("Nút này không còn dùng được.", await PressAsync("c1", UserId, "fb:x:1"));
        Assert.Contains("quá thời hạn lưu", await PressAsync("c2", UserId, "fb:+:999"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unanswered_AdminSeesDeclinedAndDownVotedQuestionsGrouped_OthersAreRefused()
    {
        var answerer = new FakeQuestionAnswerer
        {
            Respond = (q, _) => q.Contains("vàng", StringComparison.OrdinalIgnoreCase) || q.Contains("vang", StringComparison.Ordinal)
                ? new Answer(q, "Tài liệu không có thông tin này.", false, [])
                : FakeQuestionAnswerer.Echo(q, null),
        };
        await using var bot = await StartBotAsync(answerer: answerer);
        Server.UserSaysInPrivate(UserId, "Giá vàng hôm nay?");
        Server.UserSaysInPrivate(UserId, "gia vang hom nay");
        Server.UserSaysInPrivate(UserId, "Ai là Trưởng ban Dân vận?");
        var answers = await Server.WaitForMessagesAsync(3);
        await PressAsync("c1", UserId, ButtonData(answers[2])[1]);

        Server.UserSaysInPrivate(UserId, "/unanswered");
        Server.UserSaysInPrivate(AdminId, "/unanswered");
        Server.UserSaysInPrivate(AdminId, "/stats 7");
        await Server.WaitForMessagesAsync(6);

        Assert.Contains("chỉ dành cho quản trị viên", Server.MessagesTo(UserId)[3].PlainText, StringComparison.Ordinal);
        var report = Server.MessagesTo(AdminId)[0].PlainText;
        Assert.Contains("1. gia vang hom nay — 2 lần", report, StringComparison.Ordinal);
        Assert.Contains("2. Ai là Trưởng ban Dân vận? — 1 lần", report, StringComparison.Ordinal);
        Assert.Contains("1 bị đánh giá 👎", report, StringComparison.Ordinal);
        var stats = Server.MessagesTo(AdminId)[1].PlainText;
        Assert.Contains("Câu hỏi: 3", stats, StringComparison.Ordinal);
        Assert.Contains("Trả lời được: 1 (33,3 %)", stats, StringComparison.Ordinal);
        Assert.Contains("Không có trong tài liệu: 2 (66,7 %)", stats, StringComparison.Ordinal);
        Assert.Contains("👍 0 · 👎 1", stats, StringComparison.Ordinal);
    }
}
