using DanVan.Bot.Messaging.Health;
using DanVan.Bot.Messaging.Worker;
using DanVan.Bot.Messaging;
using DanVan.Bot.Tests.TestDoubles;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Messaging;

public sealed class TelegramServiceExtensionsTests : BotScenarioTest
{
    [Fact]
    public async Task StartAsync_InvalidConfiguration_FailsWithMessagesSayingWhatToFix()
    {
        var ex = await Assert.ThrowsAsync<AggregateException>(() => StartBotAsync(s =>
        {
            s["Telegram:Mode"] = "Webhook";
            s["Bot:RateLimitCount"] = "0";
        }));

        var failures = DanVan.Bot.Cli.ConfigurationErrors.Messages(ex);
        Assert.Contains(failures, f => f.StartsWith("Telegram:WebhookUrl must be", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Bot:RateLimitCount must be between 1 and 10000", StringComparison.Ordinal));
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task StartAsync_PollingWithoutListenUrls_OpensNoPort()
    {
        await using var bot = await StartBotAsync();

        Assert.IsType<NullServer>(bot.Services.GetRequiredService<IServer>());
        Assert.Empty(bot.App.Urls);
    }

    [Fact]
    public async Task StartAsync_TokenRejectedByTelegram_StopsWithFatalError()
    {
        await using var bot = await StartBotAsync(s => s["Telegram:BotToken"] = "1:wrong");
        var lifetime = bot.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();

        await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("Telegram__BotToken", bot.Services.GetRequiredService<TelegramHealth>().FatalError, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", bot.Logs.AllText, StringComparison.Ordinal);
    }
}
