using DanVan.Core.Courses;

namespace DanVan.Core.Tests.Courses;

public sealed class DateMentionFinderTests
{
    private static DateMention Single(string text)
    {
        var found = DateMentionFinder.Find(DateMentionFinder.Normalize(text));
        return Assert.Single(found);
    }

    [Fact]
    public void Find_DayMonthAfterTimeOfDay_NoYear()
    {
        var m = Single("Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn");
        Assert.Equal((30, 3, (int?)null, false), (m.Day!.Value, m.Month, m.Year, m.HasEnd));
    }

    [Fact]
    public void Find_FullNumericDate_WithYear()
    {
        var m = Single("Nguồn: baobinhphuoc.com.vn, ngày 6/2/2017");
        Assert.Equal((6, 2, (int?)2017), (m.Day!.Value, m.Month, m.Year));
    }

    [Fact]
    public void Find_FromDayToDayMonth_RangeInOneMonth()
    {
        var m = Single("Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11, các học viên được nghiên cứu");
        Assert.Equal((1, 11, 3, 11), (m.Day!.Value, m.Month, m.EndDay!.Value, m.EndMonth!.Value));
    }

    [Fact]
    public void Find_ParenthesisedDashRange_Range()
    {
        var m = Single("Trong 3 ngày (27 -29/8), các học viên sẽ được tập huấn");
        Assert.Equal((27, 8, 29, 8), (m.Day!.Value, m.Month, m.EndDay!.Value, m.EndMonth!.Value));
    }

    [Fact]
    public void Find_RangeAcrossMonthsWithEnDash_Range()
    {
        var m = Single("Lớp học từ 30/11 – 2/12/2026 tại Hội trường");
        Assert.Equal((30, 11, (int?)2026, 2, 12), (m.Day!.Value, m.Month, m.Year, m.EndDay!.Value, m.EndMonth!.Value));
    }

    [Fact]
    public void Find_RangeAcrossNewYear_StartYearIsPrevious()
    {
        var m = Single("từ ngày 30/12 đến ngày 2/1/2027");
        Assert.Equal(((int?)2026, (int?)2027), (m.Year, m.EndYear));
    }

    [Fact]
    public void Find_DateInWords_Parses()
    {
        var m = Single("Hội nghị được tổ chức ngày 5 tháng 6 năm 2024 tại Hà Nội");
        Assert.Equal((5, 6, (int?)2024), (m.Day!.Value, m.Month, m.Year));
    }

    [Fact]
    public void Find_MonthAndYearOnly_MonthPrecision()
    {
        var m = Single("đợt 1 được tổ chức tháng 6-2016 do Ban Dân vận Tỉnh ủy");
        Assert.True(m.MonthOnly);
        Assert.Equal((6, (int?)2016), (m.Month, m.Year));
    }

    [Theory]
    [InlineData("Chỉ thị số 16/2016/CT-TTg của Thủ tướng Chính phủ")]
    [InlineData("Chỉ thị 18/2000/CT – TTg của Thủ tướng")]
    [InlineData("Nghị định 60/CP về thực hiện quy chế dân chủ")]
    [InlineData("Kế hoạch số 36-KH/TU của Tỉnh ủy; Đề án số 01-ĐA/TU")]
    [InlineData("năm 2016, toàn tỉnh mở 5 lớp tập huấn cho trên 800 cán bộ")]
    [InlineData("Lượt xem: 453")]
    [InlineData("ngày 31/2 không có")]
    public void Find_DocumentNumbersAndBareYears_NotDates(string text)
    {
        Assert.Empty(DateMentionFinder.Find(DateMentionFinder.Normalize(text)));
    }

    [Theory]
    [InlineData("Trong 3 ngày (27 -29/8)", 3)]
    [InlineData("Lớp học kéo dài hai ngày.", 2)]
    [InlineData("diễn ra trong 5 ngày", 5)]
    [InlineData("trong năm 2013", null)]
    public void FindDurationDays_Variants(string text, int? expected)
    {
        Assert.Equal(expected, DateMentionFinder.FindDurationDays(text));
    }

    [Fact]
    public void FindYearWord_FirstYearAfterNam()
    {
        Assert.Equal(2019, DateMentionFinder.FindYearWord("lớp bồi dưỡng … các cơ quan Nhà nước năm 2019 cho lãnh đạo"));
        Assert.Null(DateMentionFinder.FindYearWord("Nghị quyết 60 năm qua"));
    }
}
