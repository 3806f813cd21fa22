using DanVan.Core.Ingestion;
using DanVan.Core.Reading;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Reading;

public sealed class ReadingListClassifierTests
{
    [Fact]
    public async Task Classify_QuestionsNamingAMissingDocument_CountAgainstItUntilItIsLoaded()
    {
        using var services = new CoreServices();
        var classifier = services.Get<ReadingListClassifier>();
        string[] questions =
        [
            "Luật dân chủ cơ sở 2022 quy định gì về hương ước?",
            "luat thuc hien dan chu o co so co hieu luc khi nao",
            "Luật số 10/2022/QH15 có mấy chương?",
            "nghi quyet 25 ve dan van",
            "giá vàng hôm nay",
        ];

        var before = questions.Select(classifier.Classify).ToList();

        const string law = "Luật Thực hiện dân chủ ở cơ sở (số 10/2022/QH15)";
        Assert.Equal([law, law, law], before.Take(3));
        Assert.StartsWith("Nghị quyết về tăng cường và đổi mới", before[3], StringComparison.Ordinal);
        Assert.Null(before[4]);
        var mostWanted = before.OfType<string>().GroupBy(l => l).OrderByDescending(g => g.Count()).First();
        Assert.Equal((law, 3), (mostWanted.Key, mostWanted.Count()));

        await services.Get<IKnowledgeAdmin>().IngestAsync(ReadingCoverageTests.OfficialDocument("10/2022/QH15", "Văn bản làm cho kiểm thử."), "luat.txt", "test");

        Assert.Null(classifier.Classify(questions[0]));
        Assert.NotNull(classifier.Classify(questions[3]));
    }
}
