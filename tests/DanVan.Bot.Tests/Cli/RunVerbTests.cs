using DanVan.Bot.Cli;
using Microsoft.Extensions.Configuration;

namespace DanVan.Bot.Tests.Cli;

public sealed class RunVerbTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("123:abc", true)]
    public void HasToken_Configuration_TrueOnlyWhenSet(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = token }).Build();

        Assert.Equal(expected, RunVerb.HasToken(configuration));
    }

    [Fact]
    public void TokenMissingMessage_NamesTheEnvironmentVariable() =>
        Assert.Contains("Telegram__BotToken", RunVerb.TokenMissingMessage, StringComparison.Ordinal);
}
