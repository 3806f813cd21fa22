using DanVan.Core.Courses;
using DanVan.Core.Ingestion;
using Xunit.Abstractions;

namespace DanVan.Core.Tests.Courses;

/// <summary>
/// Measures the extractor on the five bundled articles (raw scrapes, one paragraph per line). Six courses are
/// announced in them; each counts as found when a candidate has the right dates, a title with the expected words and
/// the expected place. The Cà Mau article gives no year anywhere, so without a document date the right answer is
/// "year unknown" (day and month kept); with a date it must take that year.
/// </summary>
public sealed class CourseExtractorSeedTests(ITestOutputHelper output)
{
    // Floors: what the extractor achieves now. Lower them only with a reason; raise them when it improves.
    private const int FoundFloor = 6;
    private const int FalsePositiveCeiling = 0;

    private static readonly ExpectedCourse[] Expected =
    [
        new("000_b1720caa37e6bf19.txt", null, "2016-06-01", "2016-06-30", "dân chủ ở cơ sở", "Bình Phước"),
        new("000_b1720caa37e6bf19.txt", null, "2016-12-01", "2016-12-31", "bồi dưỡng nghiệp vụ", "Bình Phước"),
        new("001_4f7f078b288b62c8.txt", null, "2019-05-09", null, "lớp bồi dưỡng nghiệp vụ cán bộ phụ trách công tác dân vận", "Ninh Bình"),
        new("002_6b31cf86cf7d8c7f.txt", null, "2022-03-30", null, "hội nghị tập huấn nghiệp vụ công tác dân vận", "Hà Nam"),
        new("003_41ffe9dfe463b9e7.txt", null, "2013-08-27", "2013-08-29", "lớp bồi dưỡng nghiệp vụ công tác dân vận", "Vinh"),
        new("004_e2b7243a4b10cdc5.txt", "1/11–3/11", null, null, "lớp bồi dưỡng nghiệp vụ công tác dân vận", "Cà Mau"),
    ];

    /// <summary>Paragraphs as lines, or as blank-line-separated blocks with their lines joined (how a cleaner may hand them over).</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_FiveSeedArticles_FindsAnnouncedCoursesAboveFloor(bool joinBlocks)
    {
        var found = 0;
        var falsePositives = 0;
        foreach (var group in Expected.GroupBy(e => e.File))
        {
            var candidates = CourseExtractor.Extract(Load(group.Key, published: null, joinBlocks));
            foreach (var candidate in candidates)
            {
                output.WriteLine($"{group.Key}: {candidate.DateText} | {candidate.Title} | {candidate.Location}");
            }

            var matched = group.Count(expected => candidates.Any(expected.IsMatch));
            found += matched;
            falsePositives += candidates.Count(c => !group.Any(e => e.IsMatch(c)));
        }

        output.WriteLine($"Found {found}/{Expected.Length}; false positives {falsePositives}");
        Assert.True(found >= FoundFloor, $"Found {found}/{Expected.Length} seed courses, floor {FoundFloor}");
        Assert.True(falsePositives <= FalsePositiveCeiling, $"{falsePositives} candidates match no announced course");
    }

    [Fact]
    public void Extract_CaMauWithDocumentDate_TakesYearFromIt()
    {
        var candidate = Assert.Single(CourseExtractor.Extract(Load("004_e2b7243a4b10cdc5.txt", new DateOnly(2019, 11, 1))));

        Assert.Equal(new DateOnly(2019, 11, 1), candidate.StartDate);
        Assert.Equal(new DateOnly(2019, 11, 3), candidate.EndDate);
    }

    [Fact]
    public void Extract_BinhPhuocWithArticleDate_ExplicitYearsWin()
    {
        var candidates = CourseExtractor.Extract(Load("000_b1720caa37e6bf19.txt", new DateOnly(2017, 2, 6)));

        Assert.Equal([new DateOnly(2016, 6, 1), new DateOnly(2016, 12, 1)], candidates.Select(c => c.StartDate!.Value));
    }

    private static IngestedDocument Load(string file, DateOnly? published, bool joinBlocks = false)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Courses", "Seeds", file)).Replace("\r", string.Empty);
        var paragraphs = joinBlocks
            ? text.Split("\n\n").Select(block => string.Join(" ", block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
            : text.Split('\n');
        var list = paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return new IngestedDocument(1, list[0], file, published, null, "seed", list);
    }

    private sealed record ExpectedCourse(string File, string? DayMonthIfYearUnknown, string? Start, string? End, string TitleWords, string Place)
    {
        public bool IsMatch(CourseCandidate c) =>
            c.Title.Contains(TitleWords, StringComparison.OrdinalIgnoreCase)
            && (c.Location ?? string.Empty).Contains(Place, StringComparison.Ordinal)
            && (DayMonthIfYearUnknown is { } dayMonth
                ? !c.YearKnown && c.DateText.StartsWith(dayMonth, StringComparison.Ordinal)
                : c.StartDate == DateOnly.Parse(Start!, System.Globalization.CultureInfo.InvariantCulture)
                  && c.EndDate == (End is null ? null : DateOnly.Parse(End, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
