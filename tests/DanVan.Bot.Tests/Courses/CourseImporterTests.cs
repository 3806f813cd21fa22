using DanVan.Bot.Courses;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Courses;

public sealed class CourseImporterTests : CoursesTestBase
{
    private readonly string _dir = Directory.CreateTempSubdirectory("danvan-import-").FullName;

    private CourseImporter Importer => Host.Get<CourseImporter>();

    protected override void OnDispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task ImportAsync_CsvWithBadRows_ValidImportedBadReportedByLine()
    {
        var path = Write("courses.csv", """
            start_date,end_date,title,location,audience,organiser,notes
            2026-11-24,2026-11-26,Lớp bồi dưỡng,"Hội trường A, tầng 2",Cán bộ,Ban Dân vận,
            31/02/2026,,Lớp sai ngày,,,,
            2026-12-01,,,Không có tiêu đề,,,
            01/12/2026,,Hội nghị quán triệt,,,,
            2026-12-05,2026-12-04,Kết thúc trước khi bắt đầu,,,,
            """);

        var report = await Importer.ImportAsync(path);

        Assert.Equal((2, 0), (report.Added, report.Duplicates));
        Assert.Equal([3, 4, 6], report.Errors.Select(e => e.Line));
        Assert.Contains("tháng 2/2026 có 28 ngày", report.Errors[0].Message);
        Assert.Contains("Thiếu tiêu đề", report.Errors[1].Message);
        Assert.Contains("đứng trước ngày bắt đầu", report.Errors[2].Message);
        var first = (await Courses.ListAsync())[0];
        Assert.Equal(("Hội trường A, tầng 2", "import:courses.csv"), (first.Location!, first.Origin));
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_NoDuplicates()
    {
        var path = Write("c.csv", "start_date,title\n2026-11-24,Lớp A\n2026-11-25,Lớp B\n");
        await Importer.ImportAsync(path);

        var second = await Importer.ImportAsync(path);

        Assert.Equal((0, 2), (second.Added, second.Duplicates));
        Assert.Equal(2, (await Courses.ListAsync()).Count);
    }

    [Fact]
    public async Task ImportAsync_SemicolonsAndOtherHeaderSpelling_Read()
    {
        var path = Write("excel.csv", "Start_Date;Title;Organizer\n24/11/2026;Lớp A;Ban Dân vận\n");

        var report = await Importer.ImportAsync(path);

        Assert.Equal(1, report.Added);
        Assert.Equal("Ban Dân vận", (await Courses.ListAsync())[0].Organiser);
    }

    [Fact]
    public async Task ImportAsync_CsvWithoutTitleColumn_FileRejectedNamingIt()
    {
        var path = Write("bad.csv", "start_date,name\n2026-11-24,Lớp A\n");

        var error = await Assert.ThrowsAsync<CourseImportException>(() => Importer.ImportAsync(path));

        Assert.Contains("thiếu cột title", error.Message);
        Assert.Empty(await Courses.ListAsync());
    }

    [Fact]
    public async Task ImportAsync_JsonWithBadItem_LineNumbersOfItems()
    {
        var path = Write("courses.json", """
            [
              { "start_date": "2026-11-24", "end_date": "2026-11-26", "title": "Lớp A", "location": "Hội trường" },
              {
                "start_date": "2026-13-01",
                "title": "Lớp sai"
              },
              { "startDate": "01/12/2026", "title": "Lớp B", "notes": null },
              { "start_date": "2026-12-02", "title": 5 },
              "không phải đối tượng"
            ]
            """);

        var report = await Importer.ImportAsync(path);

        Assert.Equal(2, report.Added);
        Assert.Equal([3, 8, 9], report.Errors.Select(e => e.Line));
        Assert.Contains("tháng phải từ 1 đến 12", report.Errors[0].Message);
        Assert.Contains("“title” phải là chuỗi", report.Errors[1].Message);
    }

    [Fact]
    public async Task ImportAsync_MalformedJson_ValidItemsBeforeKeptAndErrorReported()
    {
        var path = Write("broken.json", "[\n{ \"start_date\": \"2026-11-24\", \"title\": \"Lớp A\" },\n{ \"start_date\": \"2026-11-25\", \"title\": \n");

        var report = await Importer.ImportAsync(path);

        Assert.Equal(1, report.Added);
        Assert.Contains("JSON không hợp lệ", Assert.Single(report.Errors).Message);
    }

    [Fact]
    public async Task ImportAsync_UnsupportedExtension_Rejected()
    {
        var path = Write("courses.xlsx", "x");

        var error = await Assert.ThrowsAsync<CourseImportException>(() => Importer.ImportAsync(path));

        Assert.Contains(".csv hoặc .json", error.Message);
    }

    [Theory]
    [InlineData("courses.sample.csv", 3)]
    [InlineData("courses.sample.json", 2)]
    public async Task ImportAsync_BundledSamples_ImportCleanly(string file, int expected)
    {
        var report = await Importer.ImportAsync(Path.Combine(RepoPaths.Root, "knowledge", "courses", file));

        Assert.Equal((expected, 0), (report.Added, report.Errors.Count));
    }
}
