using DanVan.Core.Ingestion;

namespace DanVan.Core.Tests.Ingestion;

/// <summary>Lead and source-line dates in every day/month/year form a Vietnamese report opens with.</summary>
public sealed class MetadataExtractorDateTests
{
    [Theory]
    [InlineData("Ngày 12/10/2025, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", null, 2025, 10, 12)]
    [InlineData("Sáng 5/6/2024, tại Hội trường Tỉnh ủy, lớp tập huấn khai mạc.", null, 2024, 6, 5)]
    [InlineData("Sáng 30/3, Ban Dân vận Tỉnh ủy khai mạc lớp.", "Hà Nam năm 2022", 2022, 3, 30)]
    [InlineData("Chiều 1/11, lớp bồi dưỡng bế mạc.", "tổng kết năm 2019", 2019, 11, 1)]
    [InlineData("Ngày 12-10-2025, hội nghị diễn ra.", null, 2025, 10, 12)]
    [InlineData("Ngày 12.10.2025, hội nghị diễn ra.", null, 2025, 10, 12)]
    [InlineData("Sáng ngày 05/06/2024, hội nghị diễn ra.", null, 2024, 6, 5)]
    [InlineData("Ngày 2 tháng 9 năm 2024, hội nghị diễn ra.", null, 2024, 9, 2)]
    [InlineData("Tối 31/12/2023 lễ tổng kết diễn ra.", null, 2023, 12, 31)]
    [InlineData("(BNB) - Sáng 9/5, Ban Dân vận tổ chức lớp.", "năm 2019", 2019, 5, 9)]
    [InlineData("Ngày 12/10, hội nghị diễn ra.", "kế hoạch năm 2025", 2025, 10, 12)]
    public void LeadDate_EveryDayMonthYearForm_IsReadWhole(string paragraph, string? context, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), MetadataExtractor.LeadDate(paragraph, context));

    [Theory]
    [InlineData("Sáng 30/3, lớp khai mạc.", "không năm nào")]
    [InlineData("Ban Dân vận tổ chức lớp ngày 12/10/2025.", "năm 2025")]
    [InlineData("Ngày 31/2/2024, hội nghị diễn ra.", null)]
    [InlineData("Ngày 12/13/2024, hội nghị diễn ra.", null)]
    public void LeadDate_NoLeadOrNoYearOrNoSuchDay_IsUnknown(string paragraph, string? context) =>
        Assert.Null(MetadataExtractor.LeadDate(paragraph, context));

    [Theory]
    [InlineData("Nguồn: baobinhphuoc.com.vn, ngày 6/2/2017", 2017, 2, 6)]
    [InlineData("12/10/2025", 2025, 10, 12)]
    [InlineData("2025-10-12", 2025, 10, 12)]
    [InlineData("ngày 12 tháng 10 năm 2025", 2025, 10, 12)]
    public void ParseDate_SourceLineForms_AreRead(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), MetadataExtractor.ParseDate(text));
}
