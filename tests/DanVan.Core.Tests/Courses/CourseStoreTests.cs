using DanVan.Core.Courses;
using DanVan.TestDoubles;

namespace DanVan.Core.Tests.Courses;

public sealed class CourseStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero));
    private readonly CourseStore _store;

    public CourseStoreTests() => _store = new CourseStore(_db.Factory, _clock);

    public void Dispose() => _db.Dispose();

    private static NewCourse Course(string title, DateOnly start, DateOnly? end = null, string? location = null) =>
        new(title, start, end, location, "test", Audience: "Cán bộ", Organiser: "Ban Dân vận", Notes: "Ghi chú");

    [Fact]
    public async Task AddAsync_NewCourse_StoredWithAllFieldsAndTimestamp()
    {
        var result = await _store.AddAsync(Course("Lớp bồi dưỡng", new(2026, 11, 24), new(2026, 11, 26), "Hội trường"));

        Assert.True(result.Created);
        var stored = await _store.GetAsync(result.Course.Id);
        Assert.Equal(new Course(result.Course.Id, "Lớp bồi dưỡng", new(2026, 11, 24), new(2026, 11, 26), "Hội trường",
            "Cán bộ", "Ban Dân vận", "Ghi chú", "test", _clock.GetUtcNow()), stored);
    }

    [Fact]
    public async Task AddAsync_SameDayTitleDifferingInCaseDiacriticsSpacing_NotDuplicated()
    {
        var first = await _store.AddAsync(Course("Lớp bồi dưỡng nghiệp vụ", new(2026, 11, 24)));
        var second = await _store.AddAsync(Course("  LỚP BỒI DƯỠNG   nghiệp vụ. ", new(2026, 11, 24)));

        Assert.False(second.Created);
        Assert.Equal(first.Course.Id, second.Course.Id);
        Assert.Single(await _store.ListAsync());
    }

    [Fact]
    public async Task AddAsync_SameTitleOtherDay_Added()
    {
        await _store.AddAsync(Course("Lớp bồi dưỡng", new(2026, 11, 24)));
        var other = await _store.AddAsync(Course("Lớp bồi dưỡng", new(2026, 12, 24)));

        Assert.True(other.Created);
    }

    [Fact]
    public async Task AddAsync_EndBeforeStart_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.AddAsync(Course("X", new(2026, 11, 24), new(2026, 11, 23))));
    }

    [Fact]
    public async Task RemoveAsync_ExistingAndMissing_TrueThenFalse()
    {
        var added = await _store.AddAsync(Course("Lớp", new(2026, 11, 24)));

        Assert.True(await _store.RemoveAsync(added.Course.Id));
        Assert.False(await _store.RemoveAsync(added.Course.Id));
        Assert.Null(await _store.GetAsync(added.Course.Id));
    }

    [Fact]
    public async Task ListCurrentAsync_MixOfPastRunningUpcomingAndFar_OnlyRunningAndWithinDaysAheadByDate()
    {
        var today = new DateOnly(2026, 11, 24);
        await _store.AddAsync(Course("Đã qua", today.AddDays(-5), today.AddDays(-1)));
        await _store.AddAsync(Course("Tuần sau", today.AddDays(7)));
        await _store.AddAsync(Course("Quá xa", today.AddDays(8)));
        await _store.AddAsync(Course("Đang học", today.AddDays(-2), today.AddDays(1)));
        await _store.AddAsync(Course("Hôm nay", today));
        await _store.AddAsync(Course("Kết thúc hôm nay", today.AddDays(-1), today));

        var list = await _store.ListCurrentAsync(today, daysAhead: 7);

        Assert.Equal(["Đang học", "Kết thúc hôm nay", "Hôm nay", "Tuần sau"], list.Select(c => c.Title));
    }

    [Fact]
    public async Task ListAsync_EndingOnOrAfter_ExcludesFinished()
    {
        await _store.AddAsync(Course("Cũ", new(2026, 1, 1)));
        await _store.AddAsync(Course("Mới", new(2026, 12, 1)));

        Assert.Equal(["Mới"], (await _store.ListAsync(new DateOnly(2026, 11, 24))).Select(c => c.Title));
        Assert.Equal(2, (await _store.ListAsync()).Count);
    }
}
