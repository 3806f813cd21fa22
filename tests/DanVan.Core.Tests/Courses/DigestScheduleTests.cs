using DanVan.Core.Courses;

namespace DanVan.Core.Tests.Courses;

public sealed class DigestScheduleTests
{
    private static DigestSchedule Create(string zone, string time = "07:00") =>
        DigestSchedule.FromOptions(new DigestOptions { TimeZone = zone, Time = time });

    [Fact]
    public void DueAt_Vietnam_SevenLocalIsMidnightUtc()
    {
        var schedule = Create("Asia/Ho_Chi_Minh");

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), schedule.DueAt(new DateOnly(2026, 11, 24)).ToUniversalTime());
    }

    [Fact]
    public void LocalDate_VietnamAroundLocalMidnight_SwitchesAtLocalNotUtcMidnight()
    {
        var schedule = Create("Asia/Ho_Chi_Minh");

        Assert.Equal(new DateOnly(2026, 11, 23), schedule.LocalDate(new DateTimeOffset(2026, 11, 23, 16, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 24), schedule.LocalDate(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void DueAt_BerlinAcrossSpringForward_SameLocalTimeDifferentUtc()
    {
        var schedule = Create("Europe/Berlin");

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 6, 0, 0, TimeSpan.Zero), schedule.DueAt(new DateOnly(2026, 3, 28)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero), schedule.DueAt(new DateOnly(2026, 3, 29)).ToUniversalTime());
    }

    [Fact]
    public void DueAt_TimeInSpringForwardGap_FirstExistingMinute()
    {
        var schedule = Create("Europe/Berlin", "02:30");

        // 02:00–03:00 does not exist on 29 March 2026 in Berlin: due at 03:00 CEST = 01:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), schedule.DueAt(new DateOnly(2026, 3, 29)).ToUniversalTime());
    }

    [Fact]
    public void DueAt_TimeInFallBackOverlap_FirstOccurrence()
    {
        var schedule = Create("Europe/Berlin", "02:30");

        // 02:30 happens twice on 25 October 2026 (CEST then CET): the first is 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), schedule.DueAt(new DateOnly(2026, 10, 25)).ToUniversalTime());
    }

    [Theory]
    [InlineData("7h", "Europe/Berlin", "Digest:Time '7h'")]
    [InlineData("25:00", "Europe/Berlin", "HH:mm")]
    [InlineData("07:00", "Asia/Hanoi", "Digest:TimeZone 'Asia/Hanoi'")]
    [InlineData("07:00", "", "Asia/Ho_Chi_Minh")]
    public void TryCreate_BadOptions_MessageSaysWhatToFix(string time, string zone, string expectedPart)
    {
        Assert.False(DigestSchedule.TryCreate(new DigestOptions { Time = time, TimeZone = zone }, out _, out var error));
        Assert.Contains(expectedPart, error);
    }

    [Fact]
    public void TryCreate_Defaults_SevenVietnamSevenDays()
    {
        Assert.True(DigestSchedule.TryCreate(new DigestOptions(), out var schedule, out _));
        Assert.Equal((new TimeOnly(7, 0), 7, "giờ Việt Nam"), (schedule!.Time, schedule.DaysAhead, schedule.ZoneLabel));
    }
}
