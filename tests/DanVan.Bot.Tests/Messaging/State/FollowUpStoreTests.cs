using DanVan.Bot.Messaging.Settings;
using DanVan.Bot.Messaging.State;
using DanVan.Bot.Messaging;
using DanVan.Bot.Storage;
using DanVan.Core.Storage;
using DanVan.TestDoubles;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests.Messaging.State;

public sealed class FollowUpStoreTests : IDisposable
{
    private readonly string _path = BotTestHost.NewDatabasePath();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => BotTestHost.DeleteDatabase(_path);

    [Fact]
    public async Task FindQuestionAsync_AnyMessageOfAnAnswer_ReturnsQuestionAfterReopen()
    {
        await Store().RememberAsync(-100, [11, 12], "Dân vận khéo là gì?", default);

        var reopened = Store();
        Assert.Equal("Dân vận khéo là gì?", await reopened.FindQuestionAsync(-100, 12, default));
        Assert.Null(await reopened.FindQuestionAsync(-200, 12, default));
        Assert.Null(await reopened.FindQuestionAsync(-100, 13, default));
    }

    [Fact]
    public async Task RememberAsync_OverCapacity_OldestForgotten()
    {
        var store = Store(capacity: 10);
        for (var i = 1; i <= 12; i++)
        {
            await store.RememberAsync(1, [i], $"Câu {i}", default);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(await store.FindQuestionAsync(1, 2, default));
        Assert.Equal("Câu 3", await store.FindQuestionAsync(1, 3, default));
        Assert.Equal("Câu 12", await store.FindQuestionAsync(1, 12, default));
    }

    private FollowUpStore Store(int capacity = 100) =>
        new(new SqliteConnectionFactory(_path, [BotSchema.Migrations]), _time, Options.Create(new BotOptions { FollowUpCapacity = capacity }));
}
