using DanVan.Bot.Cli;

namespace DanVan.Bot.Tests.Cli;

public sealed class HealthVerbTests
{
    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://*:9000", "http://127.0.0.1:9000/healthz")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/healthz")]
    [InlineData("http://10.1.2.3:8088/", "http://10.1.2.3:8088/healthz")]
    public void LocalUrl_WildcardHosts_ProbeThisMachine(string listen, string expected)
    {
        Assert.Equal(new Uri(expected), HealthVerb.LocalUrl(listen));
    }
}
