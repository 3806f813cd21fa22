using DanVan.Core.Documents;
using DanVan.Core.Ingestion.Readers.PlainText;
using DanVan.Core.Ingestion;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Ingestion;

/// <summary>The raw scrapes the knowledge was built from: debris goes, metadata hidden in them is found.</summary>
public sealed class SeedCleaningTests
{
    private static (DocumentMetadata Metadata, CleanedDocument Cleaned) Process(string prefix)
    {
        var parsed = PlainTextReader.Parse(VietnameseText.Normalize(File.ReadAllText(RepoPaths.Seed(prefix))), markdown: false);
        var cleaned = DocumentCleaner.Clean(parsed);
        var metadata = MetadataExtractor.Extract(parsed, cleaned, Path.GetFileName(RepoPaths.Seed(prefix)));
        return (metadata, cleaned);
    }

    public static TheoryData<string> Seeds => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_Seed_LeavesNoPageDebris(string prefix)
    {
        var (_, cleaned) = Process(prefix);
        var body = string.Join('\n', cleaned.Blocks.Select(b => b.Text));
        foreach (var debris in new[] { "Gửi cho bạn bè", "Phản hồi", "Thông tin người gửi", "No title", "Thống kê truy cập", "Lượt xem", "Đang online", "Tin mới", "Các tin khác", "Các đại biểu dự", "Quang cảnh", "Xem nhiều nhất", "Đăng nhập" })
        {
            Assert.DoesNotContain(debris, body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(cleaned.Blocks, b => b.Text.Trim().All(c => char.IsPunctuation(c) || char.IsDigit(c)));
        Assert.DoesNotContain('\u00A0', body);
    }

    [Fact]
    public void Extract_BinhPhuoc_TakesArticleDateFromSourceLineNotPageDate()
    {
        var (metadata, cleaned) = Process("000");
        Assert.Equal(new DateOnly(2017, 2, 6), metadata.Published);
        Assert.Equal("Bình Phước", metadata.Province);
        Assert.Equal("baobinhphuoc.com.vn", metadata.Source);
        Assert.StartsWith("Bình Phước: Hơn 800 cán bộ", metadata.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(cleaned.Blocks, b => b.Text.Contains("25/7/2024", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("001", "Ninh Bình", 2019, 5, 9)]
    [InlineData("002", "Hà Nam", 2022, 3, 30)]
    [InlineData("003", "Nghệ An", 2013, 8, 27)]
    public void Extract_SeedWithoutProvinceInBody_FindsProvinceFromSourceAndDateFromLead(string prefix, string province, int year, int month, int day)
    {
        var (metadata, _) = Process(prefix);
        Assert.Equal(province, metadata.Province);
        Assert.Equal(new DateOnly(year, month, day), metadata.Published);
    }

    [Fact]
    public void Extract_ArticleWithoutTitleOrYear_DerivesTitleAndLeavesDateUnknown()
    {
        var (metadata, cleaned) = Process("004");
        Assert.Null(metadata.Published);
        Assert.Equal("Cà Mau", metadata.Province);
        Assert.Contains("bồi dưỡng nghiệp vụ công tác dân vận", metadata.Title, StringComparison.Ordinal);
        Assert.StartsWith("Sáng 1/11", cleaned.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(CMO)", cleaned.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SingleNewlineParagraphs_AreSeparateAndWrappedLinesJoined()
    {
        var (_, cleaned) = Process("004");
        Assert.True(cleaned.Blocks.Count >= 5);
        var (_, binhPhuoc) = Process("000");
        Assert.Contains(binhPhuoc.Blocks, b => b.Text.Contains("Bình Phước triển khai Nghị quyết", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_BylinesAtTheEnd_AreDropped()
    {
        var (_, cleaned) = Process("003");
        Assert.DoesNotContain(cleaned.Blocks, b => b.Text == "Thành Duy");
        var (_, caMau) = Process("004");
        Assert.DoesNotContain(caMau.Blocks, b => b.Text == "Mộng Thường");
    }
}
