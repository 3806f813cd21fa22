using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging;

namespace DanVan.Bot.Tests.Messaging.Settings;

public sealed class TelegramOptionsValidatorTests
{
    private const string Token = "123456:ABC-def_ghi";

    [Fact]
    public void Validate_Defaults_WithToken_Succeeds() =>
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token }).Succeeded);

    [Fact]
    public void Validate_MissingToken_SaysWhichVariableToSet()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions());

        Assert.Contains(result.Failures!, f => f.Contains("Telegram__BotToken", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MalformedToken_FailsWithoutEchoingIt()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = "secret value/with spaces" });

        Assert.True(result.Failed);
        Assert.DoesNotContain("secret value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WebhookWithoutUrlAndSecret_NamesBothSettings()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token, Mode = TelegramMode.Webhook });

        Assert.Contains(result.Failures!, f => f.StartsWith("Telegram:WebhookUrl", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Telegram:WebhookSecret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    public void Validate_WebhookSecretWithForbiddenCharacters_Fails(string secret)
    {
        var options = new TelegramOptions { BotToken = Token, Mode = TelegramMode.Webhook, WebhookUrl = "https://x.org/hook", WebhookSecret = secret };

        Assert.True(new TelegramOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void EffectiveListenUrls_PollingWithoutUrls_None_WebhookDefaults8080()
    {
        Assert.Empty(new TelegramOptions().EffectiveListenUrls());
        Assert.Equal(["http://0.0.0.0:8080"], new TelegramOptions { Mode = TelegramMode.Webhook }.EffectiveListenUrls());
        Assert.Equal(["http://127.0.0.1:9000", "http://+:9001"], new TelegramOptions { ListenUrls = "http://127.0.0.1:9000; http://+:9001" }.EffectiveListenUrls());
    }
}
