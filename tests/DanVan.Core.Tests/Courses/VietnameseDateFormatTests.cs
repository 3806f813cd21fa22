using DanVan.Core.Courses;

namespace DanVan.Core.Tests.Courses;

public sealed class VietnameseDateFormatTests
{
    [Theory]
    [InlineData(2026, 11, 23, "Thứ Hai, 23/11/2026")]
    [InlineData(2026, 11, 24, "Thứ Ba, 24/11/2026")]
    [InlineData(2026, 11, 25, "Thứ Tư, 25/11/2026")]
    [InlineData(2026, 11, 26, "Thứ Năm, 26/11/2026")]
    [InlineData(2026, 11, 27, "Thứ Sáu, 27/11/2026")]
    [InlineData(2026, 11, 28, "Thứ Bảy, 28/11/2026")]
    [InlineData(2026, 3, 1, "Chủ nhật, 01/03/2026")]
    public void Format_EachWeekday_VietnameseDayNameAndPaddedDate(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDateFormat.Format(new DateOnly(year, month, day)));
    }

    [Fact]
    public void FormatRange_SeveralDays_ShowsBothEnds()
    {
        Assert.Equal("Thứ Ba, 24/11/2026 – Thứ Năm, 26/11/2026",
            VietnameseDateFormat.FormatRange(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void FormatRange_EndEqualsStart_ShowsOneDay()
    {
        var day = new DateOnly(2026, 11, 24);
        Assert.Equal("Thứ Ba, 24/11/2026", VietnameseDateFormat.FormatRange(day, day));
        Assert.Equal("Thứ Ba, 24/11/2026", VietnameseDateFormat.FormatRange(day, null));
    }
}
