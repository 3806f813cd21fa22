using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging;
using DanVan.Bot.Storage;
using DanVan.Core.Storage;
using DanVan.TestDoubles;

namespace DanVan.Bot.Tests.Messaging.State;

public sealed class TelegramStateStoreTests : IDisposable
{
    private readonly string _path = BotTestHost.NewDatabasePath();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly TelegramStateStore _store;

    public TelegramStateStoreTests() => _store = new TelegramStateStore(new SqliteConnectionFactory(_path, [BotSchema.Migrations]), _time);

    public void Dispose() => BotTestHost.DeleteDatabase(_path);

    [Fact]
    public async Task GetOffsetAsync_NewDatabase_Null() => Assert.Null(await _store.GetOffsetAsync(default));

    [Fact]
    public async Task SaveOffsetAsync_LowerThanStored_DoesNotMoveBack()
    {
        await _store.SaveOffsetAsync(1000, default);
        await _store.SaveOffsetAsync(999, default);
        await _store.SaveOffsetAsync(10_000_000_000, default);
        await _store.SaveOffsetAsync(9_999_999_999, default);

        var reopened = new TelegramStateStore(new SqliteConnectionFactory(_path, [BotSchema.Migrations]), _time);
        Assert.Equal(10_000_000_000, await reopened.GetOffsetAsync(default));
    }

    [Fact]
    public async Task MarkProcessedAsync_ThenGetProcessed_ReturnsOnlyHandledIds()
    {
        await _store.MarkProcessedAsync(5, default);
        await _store.EnqueueAsync(6, "{}", default);

        Assert.Equal([5L], await _store.GetProcessedAsync([4, 5, 6], default));
    }

    [Fact]
    public async Task EnqueueAsync_SameUpdateTwice_StoredOnceAndPendingUntilProcessed()
    {
        Assert.True(await _store.EnqueueAsync(7, """{"update_id":7}""", default));
        Assert.False(await _store.EnqueueAsync(7, """{"update_id":7}""", default));
        Assert.True(await _store.EnqueueAsync(8, """{"update_id":8}""", default));

        Assert.Equal([7L, 8L], (await _store.GetPendingAsync(10, default)).Select(p => p.UpdateId));
        await _store.MarkProcessedAsync(7, default);
        Assert.Equal([8L], (await _store.GetPendingAsync(10, default)).Select(p => p.UpdateId));
        Assert.False(await _store.EnqueueAsync(7, """{"update_id":7}""", default));
    }

    [Fact]
    public async Task PruneAsync_HandledOverTwoDaysAgo_Forgotten()
    {
        await _store.MarkProcessedAsync(1, default);
        await _store.EnqueueAsync(2, "{}", default);
        _time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await _store.MarkProcessedAsync(3, default);

        Assert.Equal(1, await _store.PruneAsync(default));
        Assert.Equal([3L], await _store.GetProcessedAsync([1, 3], default));
        Assert.Single(await _store.GetPendingAsync(10, default));
    }
}
