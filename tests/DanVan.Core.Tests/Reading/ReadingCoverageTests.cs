using System.Text;
using DanVan.Core.Ingestion;
using DanVan.Core.Reading;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Reading;

public sealed class ReadingCoverageTests
{
    internal static byte[] OfficialDocument(string number, string body) => Encoding.UTF8.GetBytes($"""
        ĐẢNG CỘNG SẢN VIỆT NAM

        Số: {number}

        Văn bản thử nghiệm làm cho kiểm thử. {body}
        """);

    [Fact]
    public async Task Report_BeforeAndAfterIngestingAListedDocument_ShowsItMissingThenLoaded()
    {
        using var services = new CoreServices(settings: new Dictionary<string, string?> { ["ReadingList:Path"] = "does-not-exist.json" });
        var coverage = services.Get<ReadingCoverage>();
        var before = coverage.Report();
        Assert.Equal(0, before.LoadedCount);
        Assert.Contains(before.Entries, e => e.Document.Number == "10/2022/QH15" && !e.IsLoaded);

        var result = await services.Get<IKnowledgeAdmin>().IngestAsync(
            OfficialDocument("10/2022/QH15", "Hội nghị cử tri ở thôn được tổ chức mỗi năm ít nhất một lần."), "luat-thu.txt", "test");
        Assert.True(result.Succeeded, result.Reason);

        var after = coverage.Report();
        var law = Assert.Single(after.Entries, e => e.Document.Number == "10/2022/QH15");
        Assert.True(law.IsLoaded);
        Assert.Equal(result.DocumentId, Assert.Single(law.LoadedAs).Id);
        Assert.Equal(1, after.LoadedCount);
        var topic = Assert.Single(after.Topics, t => t.Key == "Thực hiện dân chủ ở cơ sở");
        Assert.Contains(topic.Value, e => e.Document.Number == "59/2023/NĐ-CP" && !e.IsLoaded);

        Assert.True(await services.Get<IKnowledgeAdmin>().RemoveDocumentAsync(result.DocumentId!.Value));
        Assert.Equal(0, coverage.Report().LoadedCount);
    }

    [Fact]
    public async Task Report_FileReplacedByAnotherDocument_FollowsTheNewContent()
    {
        using var services = new CoreServices();
        var admin = services.Get<IKnowledgeAdmin>();
        var coverage = services.Get<ReadingCoverage>();
        await admin.IngestAsync(OfficialDocument("25-NQ/TW", "Bản thứ nhất."), "van-ban.txt", "test");
        Assert.Contains(coverage.Report().Entries, e => e.Document.Number == "25-NQ/TW" && e.IsLoaded);

        await admin.IngestAsync(OfficialDocument("217-QĐ/TW", "Bản thứ hai, cùng tên tệp."), "van-ban.txt", "test");

        var report = coverage.Report();
        Assert.Contains(report.Entries, e => e.Document.Number == "25-NQ/TW" && !e.IsLoaded);
        Assert.Contains(report.Entries, e => e.Document.Number == "217-QĐ/TW" && e.IsLoaded);
    }

    [Fact]
    public void Report_BundledKnowledge_CountsNoCourseReportAsADocumentItCites()
    {
        using var fixture = new KnowledgeFixture();

        var report = fixture.Services.Get<ReadingCoverage>().Report();

        Assert.Equal(0, report.LoadedCount);
        Assert.NotEmpty(report.Entries);
    }

    [Fact]
    public async Task Report_AdminFileAddsAnEntry_ItIsCoveredOnceItsDocumentIsIngested()
    {
        using var services = new CoreServices();
        var path = services.Directory.File("recommended-documents.json");
        await File.WriteAllTextAsync(path, """
            { "documents": [ { "kind": "Kế hoạch", "number": "12-KH/TU", "title": "Kế hoạch thực hiện phong trào thi đua Dân vận khéo",
                               "date": "2024", "issuer": "Ban Thường vụ Tỉnh ủy", "topics": ["Dân vận khéo"] } ] }
            """);
        using var withFile = new CoreServices(settings: new Dictionary<string, string?> { ["ReadingList:Path"] = path });
        var coverage = withFile.Get<ReadingCoverage>();
        Assert.False(Assert.Single(coverage.Report().Topics, t => t.Key == "Dân vận khéo").Value.Single().IsLoaded);

        await withFile.Get<IKnowledgeAdmin>().IngestAsync(OfficialDocument("12-KH/TU", "Mỗi chi bộ xây dựng một mô hình."), "kh.txt", "test");

        Assert.True(Assert.Single(coverage.Report().Topics, t => t.Key == "Dân vận khéo").Value.Single().IsLoaded);
    }

    [Fact]
    public async Task Report_AdminFileBrokenWhileRunning_KeepsWorkingAndReportsTheProblem()
    {
        using var services = new CoreServices();
        var path = services.Directory.File("list.json");
        using var withFile = new CoreServices(settings: new Dictionary<string, string?> { ["ReadingList:Path"] = path });
        var coverage = withFile.Get<ReadingCoverage>();
        var count = coverage.Report().Entries.Count;

        await File.WriteAllTextAsync(path, "documents: [");

        var report = coverage.Report();
        Assert.Equal(count, report.Entries.Count);
        Assert.Contains(path, Assert.Single(report.Problems), StringComparison.Ordinal);
    }
}
