using DanVan.Core.Reading;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Reading;

public sealed class ReadingListLoaderTests
{
    [Fact]
    public void Load_BundledList_EveryEntryIsCompleteAndSaysWhereItWasChecked()
    {
        var list = ReadingListLoader.Load(adminPath: null);

        Assert.Empty(list.Problems);
        Assert.True(list.Documents.Count >= 8);
        Assert.Equal(list.Documents.Count, list.Documents.Select(d => d.Id).Distinct().Count());
        Assert.All(list.Documents, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Issuer));
            Assert.False(string.IsNullOrWhiteSpace(d.Date));
            Assert.NotEmpty(d.Topics);
            Assert.NotEmpty(d.Checked);
            Assert.All(d.Checked, c => Assert.False(string.IsNullOrWhiteSpace(c.Url)));
        });
    }

    [Fact]
    public void Load_AdminFileWithAnEntry_AddsIt()
    {
        using var directory = new TempDirectory();
        var path = directory.File("recommended-documents.json");
        File.WriteAllText(path, """
            {
              // a province's own directive
              "documents": [
                { "kind": "Chỉ thị", "number": "05-CT/TU", "title": "Chỉ thị về nâng cao hiệu quả phong trào thi đua Dân vận khéo",
                  "date": "2021-05-23", "issuer": "Ban Thường vụ Tỉnh ủy Nghệ An", "topics": ["Dân vận khéo"],
                  "checked": [{ "url": "https://nghean.dcs.vn/", "title": "Cổng thông tin Đảng bộ tỉnh Nghệ An" }] },
              ]
            }
            """);

        var list = ReadingListLoader.Load(path);

        Assert.Empty(list.Problems);
        var added = Assert.Single(list.Documents, d => d.Number == "05-CT/TU");
        Assert.Equal(path, added.Origin);
        Assert.Equal("23/05/2021", added.DisplayDate);
        Assert.Equal(ReadingListLoader.Load(null).Documents.Count + 1, list.Documents.Count);
        Assert.Single(new ReadingListMatcher(list).MentionedIn("chi thi 05 ct tu noi gi ve dan van kheo"));
    }

    [Fact]
    public void Load_AdminEntryWithAListedNumber_ReplacesTheBundledOne()
    {
        using var directory = new TempDirectory();
        var path = directory.File("list.json");
        File.WriteAllText(path, """{ "documents": [ { "number": "25/NQ-TW", "title": "Nghị quyết số 25 (bản tỉnh)", "topics": ["Khác"] } ] }""");

        var list = ReadingListLoader.Load(path);

        Assert.Equal(ReadingListLoader.Load(null).Documents.Count, list.Documents.Count);
        Assert.Equal("Nghị quyết số 25 (bản tỉnh)", Assert.Single(list.Documents, d => d.Number == "25/NQ-TW").Title);
    }

    [Fact]
    public void Load_MalformedAdminFile_KeepsTheBundledListAndSaysWhatIsWrong()
    {
        using var directory = new TempDirectory();
        var path = directory.File("recommended-documents.json");
        File.WriteAllText(path, "{ \"documents\": [ { \"title\": \"Thiếu ngoặc\" \n");

        var list = ReadingListLoader.Load(path);

        Assert.Equal(ReadingListLoader.Load(null).Documents.Select(d => d.Id), list.Documents.Select(d => d.Id));
        var problem = Assert.Single(list.Problems);
        Assert.Contains(path, problem, StringComparison.Ordinal);
        Assert.Contains("không đúng định dạng JSON", problem, StringComparison.Ordinal);
        Assert.Contains("danh mục có sẵn", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AdminEntriesWithMissingOrBadFields_SkipsEachWithAReasonAndKeepsTheGoodOnes()
    {
        using var directory = new TempDirectory();
        var path = directory.File("list.json");
        File.WriteAllText(path, """
            { "documents": [
                { "number": "1-KL/TU" , "topics": ["A"] },
                { "number": "không có số", "title": "Văn bản A", "topics": ["A"] },
                { "number": "2-KL/TU", "title": "Văn bản B", "date": "30/7/2021", "topics": ["A"] },
                { "number": "3-KL/TU", "title": "Văn bản C" },
                { "number": "4-KL/TU", "title": "Văn bản D", "topics": ["A"] }
            ] }
            """);

        var list = ReadingListLoader.Load(path);

        Assert.Equal(4, list.Problems.Count);
        Assert.Contains(list.Problems, p => p.Contains("Mục thứ 1", StringComparison.Ordinal) && p.Contains("title", StringComparison.Ordinal));
        Assert.Contains(list.Problems, p => p.Contains("không có số", StringComparison.Ordinal));
        Assert.Contains(list.Problems, p => p.Contains("30/7/2021", StringComparison.Ordinal));
        Assert.Contains(list.Problems, p => p.Contains("topics", StringComparison.Ordinal));
        Assert.Single(list.Documents, d => d.Number == "4-KL/TU");
    }
}
