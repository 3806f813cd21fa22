using DanVan.Core.Courses;
using DanVan.Core.Ingestion;

namespace DanVan.Core.Tests.Courses;

public sealed class CourseExtractorTests
{
    internal static IngestedDocument Document(DateOnly? published, params string[] paragraphs) =>
        new(7, "Tin tập huấn", "tin.txt", published, null, "test", paragraphs);

    [Fact]
    public void Extract_AnnouncementWithYearInSentence_TitleDatePlaceAudienceOrganiser()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(null,
            "Chiều 9/5, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2019 tại Hội trường Tỉnh ủy cho lãnh đạo các sở, ban, ngành.")));

        Assert.Equal("Lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2019", candidate.Title);
        Assert.Equal(new DateOnly(2019, 5, 9), candidate.StartDate);
        Assert.Null(candidate.EndDate);
        Assert.Equal("Hội trường Tỉnh ủy", candidate.Location);
        Assert.Equal("lãnh đạo các sở, ban, ngành", candidate.Audience);
        Assert.Equal("Ban Dân vận Tỉnh ủy", candidate.Organiser);
    }

    [Fact]
    public void Extract_NoYearInText_YearFromPublishedDate()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(new DateOnly(2024, 11, 2),
            "Sáng 1/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận.",
            "Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11, các học viên được nghiên cứu nhiều nội dung.")));

        Assert.Equal(new DateOnly(2024, 11, 1), candidate.StartDate);
        Assert.Equal(new DateOnly(2024, 11, 3), candidate.EndDate);
    }

    [Fact]
    public void Extract_PublishedEarlyJanuaryAboutLateDecember_TakesPreviousYear()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(new DateOnly(2025, 1, 3),
            "Sáng 30/12, Ban Dân vận Huyện ủy tổ chức hội nghị tập huấn công tác dân vận.")));

        Assert.Equal(new DateOnly(2024, 12, 30), candidate.StartDate);
    }

    [Fact]
    public void Extract_NoYearAnywhere_YearUnknownNotGuessed()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(null,
            "Sáng 1/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận.",
            "Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11.")));

        Assert.False(candidate.YearKnown);
        Assert.Null(candidate.StartDate);
        Assert.Equal("1/11–3/11 (chưa rõ năm)", candidate.DateText);
    }

    [Fact]
    public void Extract_SourceLineDate_UsedWhenNoPublishedDate()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(null,
            "Sáng 27/8, tại Tp Vinh, UBND tỉnh khai mạc lớp bồi dưỡng nghiệp vụ công tác dân vận.",
            "Nguồn: baonghean.vn, ngày 28/8/2013")));

        Assert.Equal(new DateOnly(2013, 8, 27), candidate.StartDate);
        Assert.Equal("Tp Vinh", candidate.Location);
    }

    [Fact]
    public void Extract_DurationInLaterSentence_SetsEnd()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(null,
            "Sáng 27/8/2013, UBND tỉnh khai mạc lớp bồi dưỡng nghiệp vụ công tác dân vận.",
            "Lớp học kéo dài 3 ngày.")));

        Assert.Equal(new DateOnly(2013, 8, 29), candidate.EndDate);
    }

    [Fact]
    public void Extract_SecondSentenceWithSameStartDay_MergedNotDuplicated()
    {
        var candidates = CourseExtractor.Extract(Document(null,
            "Sáng 27/8, UBND tỉnh khai mạc lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2013.",
            "Trong 3 ngày (27 -29/8), các học viên sẽ được tập huấn các chuyên đề."));

        var candidate = Assert.Single(candidates);
        Assert.Equal((new DateOnly(2013, 8, 27), new DateOnly(2013, 8, 29)), (candidate.StartDate!.Value, candidate.EndDate!.Value));
    }

    [Fact]
    public void Extract_MonthOnly_SpansMonthAndSaysSo()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(null,
            "Đợt 2, trong tháng 12-2016, tỉnh đã phối hợp với Học viện Chính trị khu vực II tổ chức mở lớp bồi dưỡng nghiệp vụ cho 170 học viên.")));

        Assert.True(candidate.MonthOnly);
        Assert.Equal((new DateOnly(2016, 12, 1), new DateOnly(2016, 12, 31)), (candidate.StartDate!.Value, candidate.EndDate!.Value));
        Assert.Equal("tháng 12/2016", candidate.DateText);
    }

    [Theory]
    [InlineData("Thứ Năm, 25/7/2024 Bình Phước: Hơn 800 cán bộ, công chức tập huấn nghiệp vụ dân vận")]
    [InlineData("Tiếp tục thực hiện Chỉ thị 18/2000/CT-TTg; tổ chức tập huấn thường xuyên cho cán bộ.")]
    [InlineData("Ngày 5/6/2024, đồng chí Bí thư làm việc với Ban Dân vận về kết quả năm 2023.")]
    [InlineData("Kết quả, năm 2016, toàn tỉnh mở 5 lớp tập huấn cho trên 800 cán bộ.")]
    public void Extract_DateWithoutHeldCourse_Nothing(string sentence)
    {
        Assert.Empty(CourseExtractor.Extract(Document(null, sentence)));
    }

    [Fact]
    public void Extract_ProvinceInByline_UsedAsPlace()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(null,
            "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận (CTDV) năm 2022.",
            "Nguồn Báo Hà Nam")));

        Assert.Equal("Hội nghị tập huấn nghiệp vụ công tác dân vận (CTDV) năm 2022", candidate.Title);
        Assert.Equal("tỉnh Hà Nam", candidate.Location);
    }

    [Fact]
    public void Extract_AttendeesInNextSentence_Audience()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Document(null,
            "Sáng 30/3/2022, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận.",
            "Tham dự tập huấn có lãnh đạo, chuyên viên Ban Dân vận các huyện.")));

        Assert.Equal("lãnh đạo, chuyên viên Ban Dân vận các huyện", candidate.Audience);
    }

    [Fact]
    public void Extract_TwoCoursesOnDifferentDays_Both()
    {
        var candidates = CourseExtractor.Extract(Document(new DateOnly(2026, 10, 1),
            "Ngày 5/11, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng vận động quần chúng tại Hội trường A.",
            "Ngày 12/11, Ban Dân vận tổ chức hội nghị quán triệt Kết luận của Bộ Chính trị tại Hội trường B."));

        Assert.Equal(["Lớp tập huấn kỹ năng vận động quần chúng", "Hội nghị quán triệt Kết luận của Bộ Chính trị"], candidates.Select(c => c.Title));
        Assert.Equal([new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 12)], candidates.Select(c => c.StartDate!.Value));
    }
}
