using System.Text;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests.Messaging;

public sealed class TokenRedactionTests : BotScenarioTest
{
    private static readonly string TokenSecret = FakeBotApiServer.DefaultToken.Split(':')[1];

    [Fact]
    public async Task FullScenarioWithFaults_AllLogsAtTraceLevel_NeverContainTheToken()
    {
        const long blocked = 444_000_444;
        Server.BlockChat(blocked);
        Server.EnqueueFault("getUpdates", FakeFault.BadGateway());
        Server.EnqueueFault("getUpdates", FakeFault.Drop());
        Server.EnqueueFault("getUpdates", FakeFault.Conflict());
        Server.EnqueueFault("sendMessage", FakeFault.TooManyRequests(1));
        Server.EnqueueFault("sendMessage", FakeFault.Drop());
        Server.EnqueueFault("sendMessage", new FakeFault { StatusCode = 400, Description = "Bad Request: can't parse entities: x" });
        Server.EnqueueFault("file", FakeFault.BadGateway());
        Server.EnqueueFault("setMyCommands", FakeFault.InternalError());
        var logs = new CapturingLoggerProvider();

        await using (var bot = await StartBotAsync(logs: logs, answerer: new FakeQuestionAnswerer
        {
            Respond = (q, p) => q == "hỏng" ? throw new InvalidOperationException("answerer failed") : FakeQuestionAnswerer.Echo(q, p),
        }))
        {
            Server.UserSaysInPrivate(UserId, "Câu hỏi một");
            Server.UserSaysInPrivate(blocked, "Câu hỏi từ người đã chặn");
            Server.UserSaysInGroup(GroupId, UserId, "/ask@DanVanTestBot hỏng");
            Server.UserSendsDocument(AdminId, "private", AdminId, Server.AddFile(Encoding.UTF8.GetBytes("Tài liệu\n\nđoạn"), "txt"), "a.txt");
            var last = Server.UserSendsDocument(AdminId, "private", AdminId, Server.AddFile([0xFF, 0x00], "pdf"), "hong.pdf");
            await Server.WaitForConfirmedAsync(last.UpdateId);
            await bot.WaitForIdleAsync();
        }

        var text = logs.AllText;
        Assert.Contains("getUpdates failed (502", text, StringComparison.Ordinal);
        Assert.Contains("409 Conflict", text, StringComparison.Ordinal);
        Assert.Contains("answerer failed", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.BaseUrl + "/bot", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultHttpClientLogging_WouldPrintTheToken_SoTheCaptureCanSeeALeak()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddHttpClient("with-default-loggers");
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("with-default-loggers");
        using var response = await client.PostAsync($"{Server.BaseUrl}/bot{Server.Token}/getMe", null);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(TokenSecret, logs.AllText, StringComparison.Ordinal);
    }
}
