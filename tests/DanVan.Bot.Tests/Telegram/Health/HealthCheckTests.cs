using DanVan.Bot.Telegram;
using DanVan.Bot.Telegram.Health;
using DanVan.Core.Storage;
using DanVan.TestDoubles;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Telegram.Health;

public sealed class HealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly TelegramHealth _health = new();

    [Fact]
    public async Task Receiving_BeforeTheFirstRound_DegradedAsStarting()
    {
        var result = await CheckAsync(new ReceivingHealthCheck(_health, _time, Options.Create(new TelegramOptions())));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.StartsWith("starting", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receiving_RoundWithinTwiceALongPoll_HealthyAfterThatStalled()
    {
        // Poll 50 s + request 30 s + backoff cap 30 s = 110 s a round at worst; stalled after 220 s.
        var check = new ReceivingHealthCheck(_health, _time, Options.Create(new TelegramOptions()));
        _health.RecordReceiveProgress(_time.GetUtcNow());

        _time.Advance(TimeSpan.FromSeconds(219));
        var waiting = await CheckAsync(check);
        _time.Advance(TimeSpan.FromSeconds(2));
        var stalled = await CheckAsync(check);

        Assert.Equal(HealthStatus.Healthy, waiting.Status);
        Assert.Equal(HealthStatus.Unhealthy, stalled.Status);
        Assert.Equal(221.0, stalled.Data["secondsSinceLastRound"]);
    }

    [Fact]
    public async Task Receiving_TokenRejected_Unhealthy()
    {
        _health.RecordFatal("Telegram rejected the bot token");

        var result = await CheckAsync(new ReceivingHealthCheck(_health, _time, Options.Create(new TelegramOptions())));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Telegram_LastSuccessReportedWithItsAge()
    {
        _health.RecordSuccess(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(12));

        var result = await CheckAsync(new TelegramApiHealthCheck(_health, _time));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(12.0, result.Data["secondsSinceLastSuccess"]);
    }

    [Fact]
    public async Task Database_WritableFile_HealthyUnopenableUnhealthy()
    {
        using var db = new TempDatabase();
        // A "folder" that is a file: the database can be neither created nor opened there.
        var underAFile = Path.Combine(db.Path, "bot.db");

        var writable = await CheckAsync(new DatabaseHealthCheck(db.Factory, _time));
        var broken = await CheckAsync(new DatabaseHealthCheck(new SqliteConnectionFactory(underAFile), _time));

        Assert.Equal(HealthStatus.Healthy, writable.Status);
        Assert.Equal(HealthStatus.Unhealthy, broken.Status);
        Assert.StartsWith("cannot write", broken.Description, StringComparison.Ordinal);
    }

    private static Task<HealthCheckResult> CheckAsync(IHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("x", check, null, null) });
}
