using System.Net;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging.Reliability;

/// <summary>
/// Issue 12 §2: SQLITE_FULL (produced with Storage:MaxDatabaseMegabytes, i.e. PRAGMA max_page_count) never makes the
/// bot repeat itself: it stops taking updates, says so once (log, admins, /healthz 503), and resumes on its own when
/// space is freed, answering each question once.
/// </summary>
public sealed class StorageFullTests : BotScenarioTest
{
    private const int LimitMegabytes = 4;

    [Fact]
    public async Task DiskFull_PausesSaysSoOnceAndResumesWhenSpaceReturns()
    {
        DatabaseFiller.Fill(DatabasePath, LimitMegabytes);
        await using var bot = await StartBotAsync(s =>
        {
            s["Storage:MaxDatabaseMegabytes"] = LimitMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s["Telegram:ListenUrls"] = "http://127.0.0.1:0";
        });

        var first = Server.UserSaysInPrivate(UserId, "Câu hỏi khi ổ đĩa đầy");
        var alert = await Server.WaitForMessagesAsync(1, m => m.ChatId == AdminId);
        var second = Server.UserSaysInPrivate(UserId, "Câu hỏi thứ hai khi ổ đĩa đầy");
        await Task.Delay(1500);
        using var http = new HttpClient();
        using var unhealthy = await http.GetAsync(bot.ListenAddress + "/healthz");

        Assert.Contains("không ghi được cơ sở dữ liệu", Assert.Single(alert).PlainText, StringComparison.Ordinal);
        Assert.Empty(Server.MessagesTo(UserId));
        Assert.InRange(Server.RequestsFor("getUpdates").Count, 1, 2);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Single(bot.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical);

        DatabaseFiller.Free(DatabasePath);
        var answers = await Server.WaitForMessagesAsync(2, m => m.ChatId == UserId, TimeSpan.FromSeconds(20));
        await bot.WaitForIdleAsync();
        using var healthy = await http.GetAsync(bot.ListenAddress + "/healthz");

        Assert.Equal([first.MessageId, second.MessageId], answers.Select(a => a.ReplyToMessageId));
        Assert.Equal(2, Server.MessagesTo(UserId).Count);
        Assert.Equal(2, Server.MessagesTo(AdminId).Count);
        Assert.Contains("ghi được trở lại", Server.MessagesTo(AdminId)[1].PlainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }
}
