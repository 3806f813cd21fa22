using System.Diagnostics;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Data.Sqlite;

namespace DanVan.Bot.Tests.Messaging;

/// <summary>
/// The real executable (<c>DanVan.Bot.dll run</c>) against the fake Bot API server: killed with SIGKILL while idle and
/// stopped with SIGTERM, then started again on the same database. No question is answered twice or lost.
/// </summary>
public sealed class ProcessRestartTests : BotScenarioTest
{
    private Process StartBotProcess() => BotProcess.Start(Server, DatabasePath);

    [Fact]
    public async Task SigkillWhileIdle_ThenRestart_AnswersTheMissedQuestionOnceAndNothingTwice()
    {
        var timeout = TimeSpan.FromSeconds(60);
        using (var first = StartBotProcess())
        {
            var before = Server.UserSaysInPrivate(UserId, "Năm 2016 Bình Phước tập huấn cho bao nhiêu cán bộ dân vận?");
            await Server.WaitForMessagesAsync(1, timeout: timeout);
            await Server.WaitForConfirmedAsync(before.UpdateId, timeout);
            // Idle means the send's result is recorded too: a kill between Telegram accepting a reply and the bot
            // recording it is the one case that sends a reply again (at-least-once; see README §5).
            await WaitForOutboxEmptyAsync(timeout);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var whileDown = Server.UserSaysInPrivate(UserId, "lop tap huan o ha nam nam 2022");
        using (var second = StartBotProcess())
        {
            await Server.WaitForMessagesAsync(2, timeout: timeout);
            await Server.WaitForConfirmedAsync(whileDown.UpdateId, timeout);
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        Assert.Equal(2, Server.SentMessages.Count);
        Assert.Contains("800", Server.SentMessages[0].PlainText, StringComparison.Ordinal);
        Assert.Equal(whileDown.MessageId, Server.SentMessages[1].ReplyToMessageId);
    }

    private async Task WaitForOutboxEmptyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using (var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM telegram_outbox WHERE status = 'pending'";
                if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "The outbox did not empty.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Sigterm_StopsCleanlyWithExitCodeZeroAndConfirmsTheOffset()
    {
        using var bot = StartBotProcess();
        var question = Server.UserSaysInPrivate(UserId, "dan van kheo o ca mau");
        await Server.WaitForMessagesAsync(1, timeout: TimeSpan.FromSeconds(60));

        using (var kill = Process.Start("kill", ["-TERM", bot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bot.WaitForExitAsync(exit.Token);
        Assert.Equal(0, bot.ExitCode);
        Assert.True(Server.ConfirmedOffset > question.UpdateId);
    }
}
