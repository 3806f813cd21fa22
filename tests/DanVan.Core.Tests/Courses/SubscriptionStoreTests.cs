using DanVan.Core.Courses;
using DanVan.TestDoubles;

namespace DanVan.Core.Tests.Courses;

public sealed class SubscriptionStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero));
    private readonly SubscriptionStore _store;

    public SubscriptionStoreTests() => _store = new SubscriptionStore(_db.Factory, _clock);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SubscribeAsync_NewThenAgain_TrueThenFalseKeepingFirstTime()
    {
        Assert.True(await _store.SubscribeAsync(-100, "Nhóm A", 7));
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.False(await _store.SubscribeAsync(-100, "Nhóm A mới", 8));

        var subscription = Assert.Single(await _store.ListAsync());
        Assert.Equal(new Subscription(-100, "Nhóm A mới", 7, new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero)), subscription);
    }

    [Fact]
    public async Task UnsubscribeAsync_SubscribedThenNot_TrueThenFalse()
    {
        await _store.SubscribeAsync(-100, null, null);

        Assert.True(await _store.UnsubscribeAsync(-100));
        Assert.False(await _store.UnsubscribeAsync(-100));
        Assert.False(await _store.IsSubscribedAsync(-100));
    }

    [Fact]
    public async Task MoveChatAsync_GroupUpgraded_SubscriptionAndTodaysRecordMove()
    {
        var log = new DigestLog(_db.Factory, _clock);
        var today = new DateOnly(2026, 11, 20);
        await _store.SubscribeAsync(-100, "Nhóm", 7);
        await log.TryRecordAsync(-100, today, DigestSendStatus.Sent);

        Assert.True(await _store.MoveChatAsync(-100, -1001234));

        Assert.Equal([-1001234L], (await _store.ListAsync()).Select(s => s.ChatId));
        Assert.Contains(-1001234L, await log.ChatsRecordedAsync(today));
        Assert.Equal(_clock.GetUtcNow(), (await _store.ListAsync())[0].SubscribedAt);
    }

    [Fact]
    public async Task MoveChatAsync_NewIdAlreadySubscribed_OldRemoved()
    {
        await _store.SubscribeAsync(-100, "Cũ", 7);
        await _store.SubscribeAsync(-1001234, "Mới", 7);

        await _store.MoveChatAsync(-100, -1001234);

        Assert.Equal([-1001234L], (await _store.ListAsync()).Select(s => s.ChatId));
    }

    [Fact]
    public async Task MoveChatAsync_NotSubscribed_False()
    {
        Assert.False(await _store.MoveChatAsync(-5, -6));
    }
}
