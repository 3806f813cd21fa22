using DanVan.Bot.Tests.TestDoubles;
using DanVan.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Tests.Messaging.Reliability;

/// <summary>
/// Issue 12 §4–5: replies wait in a persistent outbox until Telegram accepts them — through 5xx and 429 of any length,
/// across restarts, in order per chat; only a chat that blocked the bot loses its reply.
/// </summary>
public sealed class OutboxDeliveryTests : BotScenarioTest
{
    [Fact]
    public async Task SendFailsLongerThanTheClientRetries_ReplyWaitsAndArrivesOnceInOrder()
    {
        for (var i = 0; i < 12; i++)
        {
            Server.EnqueueFault("sendMessage", FakeFault.InternalError());
        }

        await using var bot = await StartBotAsync();
        var questions = Enumerable.Range(1, 3).Select(i => Server.UserSaysInPrivate(UserId, $"Câu hỏi {i} khi Telegram lỗi")).ToList();

        var sent = await Server.WaitForMessagesAsync(3, timeout: TimeSpan.FromSeconds(30));
        await bot.WaitForIdleAsync();

        Assert.Equal(questions.Select(q => (long?)q.MessageId), sent.Select(m => m.ReplyToMessageId));
        Assert.Equal(3, Server.SentMessages.Count);
        Assert.Equal(15, Server.RequestsFor("sendMessage").Count);
    }

    [Fact]
    public async Task RetryAfterOverFiveMinutes_ReplyKeptAndScheduledAfterItNotDropped()
    {
        Server.EnqueueFault("sendMessage", FakeFault.TooManyRequests(retryAfter: 900));
        await using var bot = await StartBotAsync();

        Server.UserSaysInPrivate(UserId, "Câu hỏi khi bị giới hạn lâu");
        await Server.WaitForRequestAsync("sendMessage");
        var (status, waitSeconds) = await PendingEntryAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("pending", status);
        Assert.InRange(waitSeconds, 880, 905);
        Assert.Empty(Server.SentMessages);
    }

    [Fact]
    public async Task StoppedWhileTelegramFails_ReplyDeliveredOnceAfterTheRestart()
    {
        // One attempt per outbox try (no client retries), then a wait long enough to stop the bot in.
        Server.EnqueueFault("sendMessage", FakeFault.TooManyRequests(retryAfter: 4));
        await using (var first = await StartBotAsync(s => s["Telegram:MaxAttempts"] = "1"))
        {
            Server.UserSaysInPrivate(UserId, "Câu hỏi trước khi khởi động lại");
            await Server.WaitForRequestAsync("sendMessage");
            await PendingEntryAsync(TimeSpan.FromSeconds(10));
        }

        await using var second = await StartBotAsync();
        var sent = Assert.Single(await Server.WaitForMessagesAsync(1));
        await second.WaitForIdleAsync();

        Assert.StartsWith("Trả lời cho: Câu hỏi trước khi khởi động lại", sent.PlainText, StringComparison.Ordinal);
        Assert.Single(Server.SentMessages);
        Assert.Empty(second.Answerer.Calls);
    }

    [Fact]
    public async Task BlockedChat_OnlyThatReplyDropped()
    {
        const long blocked = 444_000_444;
        Server.BlockChat(blocked);
        await using var bot = await StartBotAsync();

        Server.UserSaysInPrivate(blocked, "Câu hỏi từ người chặn bot");
        Server.UserSaysInPrivate(UserId, "Câu hỏi bình thường");
        await Server.WaitForMessagesAsync(1);
        await bot.WaitForIdleAsync();

        Assert.Equal(["dropped", "sent"], (await StatusesAsync()).Order());
    }

    private async Task<(string Status, double WaitSeconds)> PendingEntryAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var connection = new SqliteConnectionFactory(DatabasePath).Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT status, (julianday(next_attempt_at) - julianday('now')) * 86400 FROM telegram_outbox WHERE attempts > 0 LIMIT 1";
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                return (reader.GetString(0), reader.GetDouble(1));
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No outbox entry with a failed attempt.");
            }

            await Task.Delay(20);
        }
    }

    private async Task<List<string>> StatusesAsync()
    {
        await using var connection = new SqliteConnectionFactory(DatabasePath).Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM telegram_outbox ORDER BY id";
        var statuses = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }

        return statuses;
    }
}
