using System.Net;
using System.Text.Json;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging.Reliability;

/// <summary>Issue 12 §1: /healthz turns 503 while an update waits longer than Bot:StuckUpdateSeconds, and 200 again after.</summary>
public sealed class HealthSignalsTests : BotScenarioTest
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task UpdateStuckLongerThanTheThreshold_Unhealthy_ThenHealthyWhenHandled()
    {
        var release = new TaskCompletionSource();
        var answerer = new FakeQuestionAnswerer { BeforeAnswer = ct => release.Task.WaitAsync(ct) };
        await using var bot = await StartBotAsync(
            s =>
            {
                s["Bot:StuckUpdateSeconds"] = "1";
                s["Telegram:ListenUrls"] = "http://127.0.0.1:0";
            },
            answerer: answerer);

        Server.UserSaysInPrivate(UserId, "Câu hỏi bị kẹt");
        await Server.WaitForRequestAsync("sendChatAction");
        await Task.Delay(1500);
        var (stuckStatus, stuck) = await HealthAsync(bot);

        release.SetResult();
        await Server.WaitForMessagesAsync(1);
        await bot.WaitForIdleAsync();
        var (healthyStatus, notStuck) = await HealthAsync(bot);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, true), (stuckStatus, stuck));
        Assert.Equal((HttpStatusCode.OK, false), (healthyStatus, notStuck));
    }

    private static async Task<(HttpStatusCode Status, bool Stuck)> HealthAsync(BotTestHost bot)
    {
        using var response = await Http.GetAsync(bot.ListenAddress + "/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("updates").GetProperty("stuck").GetBoolean());
    }
}
