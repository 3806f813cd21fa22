using DanVan.Bot.Messaging.Handling;
using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging;
using DanVan.TestDoubles;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Messaging.Handling;

public sealed class UserRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly UserRateLimiter _limiter;

    public UserRateLimiterTests() =>
        _limiter = new UserRateLimiter(Options.Create(new BotOptions { RateLimitCount = 3, RateLimitWindowSeconds = 60 }), _time);

    [Fact]
    public void TryAcquire_UpToLimit_Allowed()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True(_limiter.TryAcquire(1).Allowed);
            _time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void TryAcquire_OverLimit_DeniedWithWaitAndNotifiedOnlyOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            _limiter.TryAcquire(1);
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        var first = _limiter.TryAcquire(1);
        var second = _limiter.TryAcquire(1);

        Assert.False(first.Allowed);
        Assert.True(first.ShouldNotify);
        Assert.Equal(TimeSpan.FromSeconds(30), first.RetryAfter);
        Assert.False(second.Allowed);
        Assert.False(second.ShouldNotify);
    }

    [Fact]
    public void TryAcquire_AfterOldestLeavesWindow_AllowedAgainAndNotifiedAgainLater()
    {
        for (var i = 0; i < 3; i++)
        {
            _limiter.TryAcquire(1);
        }

        Assert.False(_limiter.TryAcquire(1).Allowed);
        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.True(_limiter.TryAcquire(1).Allowed);
        _limiter.TryAcquire(1);
        _limiter.TryAcquire(1);
        Assert.True(_limiter.TryAcquire(1).ShouldNotify);
    }

    [Fact]
    public void TryAcquire_DifferentUsers_Independent()
    {
        for (var i = 0; i < 3; i++)
        {
            _limiter.TryAcquire(1);
        }

        Assert.False(_limiter.TryAcquire(1).Allowed);
        Assert.True(_limiter.TryAcquire(2).Allowed);
    }
}
