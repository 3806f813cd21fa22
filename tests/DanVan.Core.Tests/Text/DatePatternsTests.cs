using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class DatePatternsTests
{
    // A month of a year, shared by the grounding of what a question names and by the time it asks of.
    [Theory]
    [InlineData("Lớp tháng 3/2013 ở Nghệ An", "3", "2013")]
    [InlineData("dot 2 thang 12-2016", "12", "2016")]
    [InlineData("vào 3 / 2013", "3", "2013")]
    [InlineData("ngày 27/3/2013", null, null)] // the end of a full date
    [InlineData("tăng 1,3/2013", null, null)] // a decimal before
    [InlineData("Quyết định 05/1234", null, null)] // no year of 19xx or 20xx
    [InlineData("mã 3/20135", null, null)]
    public void MonthOfYear_OnlyAMonthAndItsYear(string text, string? month, string? year)
    {
        var match = DatePatterns.MonthOfYear().Match(text);

        Assert.Equal(month is not null, match.Success);
        if (month is not null)
        {
            Assert.Equal(month, match.Groups["m"].Value);
            Assert.Equal(year, match.Groups["y"].Value);
        }
    }
}
