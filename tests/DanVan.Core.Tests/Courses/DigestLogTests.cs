using DanVan.Core.Courses;
using DanVan.TestDoubles;

namespace DanVan.Core.Tests.Courses;

public sealed class DigestLogTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));
    private readonly DigestLog _log;

    public DigestLogTests() => _log = new DigestLog(_db.Factory, _clock);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TryRecordAsync_SecondClaimSameChatAndDay_Refused()
    {
        Assert.True(await _log.TryRecordAsync(1, Today, DigestSendStatus.Sending));
        Assert.False(await _log.TryRecordAsync(1, Today, DigestSendStatus.Sending));
        Assert.False(await _log.TryRecordAsync(1, Today, DigestSendStatus.Empty));
    }

    [Fact]
    public async Task TryRecordAsync_OtherDayOrChat_Allowed()
    {
        await _log.TryRecordAsync(1, Today, DigestSendStatus.Sending);

        Assert.True(await _log.TryRecordAsync(1, Today.AddDays(1), DigestSendStatus.Sending));
        Assert.True(await _log.TryRecordAsync(2, Today, DigestSendStatus.Sending));
        Assert.Equal([1L, 2L], (await _log.ChatsRecordedAsync(Today)).Order());
    }

    [Fact]
    public async Task CompleteAsync_AfterClaim_StoresOutcome()
    {
        await _log.TryRecordAsync(1, Today, DigestSendStatus.Sending);

        await _log.CompleteAsync(1, Today, DigestSendStatus.Sent, messageId: 55);

        var entry = await _log.GetAsync(1, Today);
        Assert.Equal((DigestSendStatus.Sent, (long?)55), (entry!.Status, entry.MessageId));
    }

    [Fact]
    public async Task ReleaseAsync_ClaimedRow_AllowsClaimAgain()
    {
        await _log.TryRecordAsync(1, Today, DigestSendStatus.Sending);

        await _log.ReleaseAsync(1, Today);

        Assert.True(await _log.TryRecordAsync(1, Today, DigestSendStatus.Sending));
    }

    [Fact]
    public async Task ReleaseAsync_SentRow_KeepsIt()
    {
        await _log.TryRecordAsync(1, Today, DigestSendStatus.Sending);
        await _log.CompleteAsync(1, Today, DigestSendStatus.Sent, 5);

        await _log.ReleaseAsync(1, Today);

        Assert.Equal(DigestSendStatus.Sent, (await _log.GetAsync(1, Today))!.Status);
    }
}
