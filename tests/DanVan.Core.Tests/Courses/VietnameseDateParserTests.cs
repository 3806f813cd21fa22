using DanVan.Core.Courses;

namespace DanVan.Core.Tests.Courses;

public sealed class VietnameseDateParserTests
{
    [Theory]
    [InlineData("2026-11-24")]
    [InlineData("2026-11-4", 2026, 11, 4)]
    [InlineData("24/11/2026")]
    [InlineData("24-11-2026")]
    [InlineData("24.11.2026")]
    [InlineData(" 24/11/2026 ")]
    [InlineData("4/1/2027", 2027, 1, 4)]
    public void TryParseDate_AcceptedFormats_Parses(string text, int year = 2026, int month = 11, int day = 24)
    {
        Assert.True(VietnameseDateParser.TryParseDate(text, out var date, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2026", "tháng 2/2026 có 28 ngày")]
    [InlineData("2026-13-01", "tháng phải từ 1 đến 12")]
    [InlineData("24/11", "Không hiểu ngày")]
    [InlineData("11/24/2026", "tháng phải từ 1 đến 12")]
    [InlineData("ngày mai", "Không hiểu ngày")]
    [InlineData("", "Thiếu ngày")]
    [InlineData("1999-01-01", "năm phải nằm trong khoảng")]
    public void TryParseDate_BadInput_ExplainsWhat(string text, string expectedPart)
    {
        Assert.False(VietnameseDateParser.TryParseDate(text, out _, out var error));
        Assert.Contains(expectedPart, error);
    }

    [Fact]
    public void TryParseRange_TwoDates_StartAndEnd()
    {
        Assert.True(VietnameseDateParser.TryParseRange("2026-11-24..2026-11-26", out var start, out var end, out _));
        Assert.Equal(new DateOnly(2026, 11, 24), start);
        Assert.Equal(new DateOnly(2026, 11, 26), end);
    }

    [Fact]
    public void TryParseRange_MixedFormatsAndSpaces_Parses()
    {
        Assert.True(VietnameseDateParser.TryParseRange("24/11/2026 .. 2026-11-26", out var start, out var end, out _));
        Assert.Equal((new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 26)), (start, end!.Value));
    }

    [Fact]
    public void TryParseRange_OneDate_NoEnd()
    {
        Assert.True(VietnameseDateParser.TryParseRange("24/11/2026", out var start, out var end, out _));
        Assert.Equal(new DateOnly(2026, 11, 24), start);
        Assert.Null(end);
    }

    [Fact]
    public void TryParseRange_EndBeforeStart_SaysSo()
    {
        Assert.False(VietnameseDateParser.TryParseRange("2026-11-26..2026-11-24", out _, out _, out var error));
        Assert.Contains("đứng trước ngày bắt đầu", error);
    }

    [Fact]
    public void TryParseRange_BadEnd_NamesTheRange()
    {
        Assert.False(VietnameseDateParser.TryParseRange("2026-11-24..2026-11-31", out _, out _, out var error));
        Assert.Contains("2026-11-24..2026-11-31", error);
        Assert.Contains("tháng 11/2026 có 30 ngày", error);
    }

    [Fact]
    public void TryParseStartEnd_EmptyEnd_OneDay()
    {
        Assert.True(VietnameseDateParser.TryParseStartEnd("01/12/2026", " ", out var start, out var end, out _));
        Assert.Equal(new DateOnly(2026, 12, 1), start);
        Assert.Null(end);
    }
}
