using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging.Reliability;

/// <summary>
/// Issue 12 through the real executable against the fake Bot API: a poison update is set aside and listed by
/// <c>updates failed</c>; a full disk pauses the bot (one notice, no answers, no resend loop) until space returns.
/// </summary>
public sealed class ReliabilityProcessTests : BotScenarioTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private Dictionary<string, string> Admin => new() { ["Bot__AdminUserIds__0"] = AdminId.ToString(CultureInfo.InvariantCulture) };

    [Fact]
    public async Task PoisonUpdate_SetAsideTheQueueMovesOnAndUpdatesFailedListsIt()
    {
        var poison = Server.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject { ["message_id"] = 9, ["date"] = 0, ["text"] = "không có chat" },
        });
        var question = Server.UserSaysInPrivate(UserId, "Dân vận khéo là gì?");
        using (var bot = BotProcess.Start(Server, DatabasePath, Admin))
        {
            var answer = Assert.Single(await Server.WaitForMessagesAsync(1, timeout: Timeout));
            Assert.Equal(question.MessageId, answer.ReplyToMessageId);
            await KillAsync(bot);
        }

        var output = new StringBuilder();
        using var list = BotProcess.Start(Server, DatabasePath, Admin, output, "updates", "failed");
        await list.WaitForExitAsync(new CancellationTokenSource(Timeout).Token);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains(poison.ToString(CultureInfo.InvariantCulture), output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 cập nhật bị gác lại", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("không có chat", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiskFull_RealProcessPausesWithOneNoticeAndAnswersOnceWhenSpaceReturns()
    {
        var knowledge = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "empty-knowledge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(knowledge);
        var settings = new Dictionary<string, string>(Admin) { ["Storage__MaxDatabaseMegabytes"] = "4", ["Knowledge__Path"] = knowledge };
        var output = new StringBuilder();
        using var bot = BotProcess.Start(Server, DatabasePath, settings, output);
        await Server.WaitForRequestAsync("getUpdates", timeout: Timeout);

        // The disk fills up while the bot runs.
        DatabaseFiller.Fill(DatabasePath, 4);
        var question = Server.UserSaysInPrivate(UserId, "Câu hỏi khi ổ đĩa đầy");

        await Server.WaitForMessagesAsync(1, m => m.ChatId == AdminId, Timeout);
        await Task.Delay(3000);
        var polls = Server.RequestsFor("getUpdates").Count;
        await Task.Delay(3000);
        Assert.Empty(Server.MessagesTo(UserId));
        Assert.Equal(polls, Server.RequestsFor("getUpdates").Count);

        DatabaseFiller.Free(DatabasePath);
        var answer = Assert.Single(await Server.WaitForMessagesAsync(1, m => m.ChatId == UserId, Timeout));
        await Server.WaitForMessagesAsync(2, m => m.ChatId == AdminId, Timeout);
        await Task.Delay(1000);
        await KillAsync(bot);

        Assert.Equal(question.MessageId, answer.ReplyToMessageId);
        Assert.Single(Server.MessagesTo(UserId));
        Assert.Equal(2, Server.MessagesTo(AdminId).Count);
        Assert.Single(output.ToString().Split('\n'), l => l.Contains("cannot be written", StringComparison.Ordinal));
    }

    private static async Task KillAsync(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}
