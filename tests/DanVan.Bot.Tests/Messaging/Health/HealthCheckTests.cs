using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging;
using DanVan.Bot.Messaging.Delivery;
using DanVan.Bot.Messaging.Health;
using DanVan.Core.Storage;
using DanVan.TestDoubles;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Messaging.Health;

public sealed class HealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly TelegramHealth _health = new();

    [Fact]
    public async Task Receiving_BeforeTheFirstRound_DegradedAsStarting()
    {
        var result = await CheckAsync(Receiving());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.StartsWith("starting", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receiving_RoundWithinTwiceALongPoll_HealthyAfterThatStalled()
    {
        // Poll 50 s + request 30 s + backoff cap 30 s = 110 s a round at worst; stalled after 220 s.
        var check = Receiving();
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

        var result = await CheckAsync(Receiving());

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

        var writable = await CheckAsync(Database(db.Factory));
        var broken = await CheckAsync(Database(new SqliteConnectionFactory(underAFile)));

        Assert.Equal(HealthStatus.Healthy, writable.Status);
        Assert.Equal(HealthStatus.Unhealthy, broken.Status);
        Assert.StartsWith("cannot write", broken.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receiving_HandlingLoopStalledOrFailingInARow_Unhealthy()
    {
        var check = Receiving();
        _health.RecordReceiveProgress(_time.GetUtcNow());
        _health.RecordHandlingRound(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(100));
        _health.RecordReceiveProgress(_time.GetUtcNow());
        var handlingOld = await CheckAsync(check);
        _time.Advance(TimeSpan.FromSeconds(90));
        _health.RecordReceiveProgress(_time.GetUtcNow());
        var handlingStalled = await CheckAsync(check);

        _health.RecordHandlingRound(_time.GetUtcNow());
        for (var i = 0; i < new BotOptions().MaxReceiveFailures; i++)
        {
            _health.RecordReceiveFailure();
        }

        var failing = await CheckAsync(check);

        Assert.Equal(HealthStatus.Healthy, handlingOld.Status);
        Assert.Equal(HealthStatus.Unhealthy, handlingStalled.Status);
        Assert.StartsWith("handling stalled", handlingStalled.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.StartsWith("receiving failed", failing.Description, StringComparison.Ordinal);
    }

    private ReceivingHealthCheck Receiving() =>
        new(_health, _time, Options.Create(new TelegramOptions()), Options.Create(new BotOptions()));

    private DatabaseHealthCheck Database(SqliteConnectionFactory factory) =>
        new(factory, new StorageGate(factory, _time, NullLogger<StorageGate>.Instance), _time);

    private static Task<HealthCheckResult> CheckAsync(IHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("x", check, null, null) });
}
