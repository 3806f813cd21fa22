using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

public sealed class CoverageScorerTests
{
    private static CoverageScorer ScorerFor(string question) =>
        new(QueryBuilder.Build(question, Vocabulary.Empty), Vocabulary.Empty);

    [Fact]
    public void TreatAsAbsent_SyllableSpeltOtherwise_NoLongerCounts()
    {
        var scorer = ScorerFor("ngày truyền thống dân vận");
        var text = IndexText.Tokens("Ngày hội truyền thông về dân vận");
        var before = scorer.Score(text);

        scorer.TreatAsAbsent(["thong"]);
        var after = scorer.Score(text);

        Assert.True(after < before, $"{after} should be below {before}");
        Assert.True(after > 0);
    }

    [Fact]
    public void NamedEntities_ReportsYearsAndProvincesSeparately()
    {
        var scorer = ScorerFor("lớp dân vận ở Bình Phước năm 2016");

        Assert.Equal((true, true), scorer.NamedEntities(IndexText.Tokens("Năm 2016, tỉnh Bình Phước mở 5 lớp")));
        Assert.Equal((false, true), scorer.NamedEntities(IndexText.Tokens("Năm 2019, tỉnh Bình Phước mở 5 lớp")));
        Assert.Equal((true, false), scorer.NamedEntities(IndexText.Tokens("Năm 2016, tỉnh Cà Mau mở lớp")));
        Assert.Equal((true, true), ScorerFor("lớp dân vận là gì").NamedEntities(IndexText.Tokens("không năm, không tỉnh")));
    }

    // "Trưởng ban" is a reading of "người đứng đầu": the sentence says "đứng" and "đầu" in other words.
    [Fact]
    public void CountSyllablesReadThroughPairs_PhraseSaidInOtherWords_CoversItsSyllables()
    {
        var question = "người đứng đầu Ban Dân vận Tỉnh ủy tên là gì";
        var scorer = ScorerFor(question);
        var saidOtherwise = IndexText.Tokens("Đồng chí Nguyễn Văn An, Trưởng ban Dân vận Tỉnh ủy, phát biểu khai mạc.");
        var notSaid = IndexText.Tokens("Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn.");
        var before = scorer.Score(saidOtherwise);
        var notSaidBefore = scorer.Score(notSaid);

        scorer.CountSyllablesReadThroughPairs(QueryBuilder.Build(question, Vocabulary.Empty));

        Assert.True(scorer.Score(saidOtherwise) > before, $"{scorer.Score(saidOtherwise)} should be above {before}");
        Assert.Equal(notSaidBefore, scorer.Score(notSaid), 6);
    }

    [Fact]
    public void Score_WordsFoundOnlyApart_CountLessThanHalfTheirShare()
    {
        // "lịch học của con": "lịch", "học" and "con" each occur, never "lịch học" or "học con" together.
        var scorer = ScorerFor("lịch học con");
        var apart = scorer.Score(IndexText.Tokens("Lịch sử của Đảng; con đường học tập"));
        var together = scorer.Score(IndexText.Tokens("Lịch học của lớp; con số"));

        Assert.True(apart < 0.5, $"{apart} should be below 0.5, the term half alone");
        Assert.True(apart > 0);
        Assert.True(together > apart, $"{together} should be above {apart}");
    }

    [Fact]
    public void Score_QuestionWithoutPairs_WordsFoundApartCountHalf()
    {
        // Words parted by function words make no pair to find: "đường" and "chợ" found apart still count half.
        var scorer = ScorerFor("đường của chợ");

        Assert.Equal(0.5, scorer.Score(IndexText.Tokens("Đường lối của Đảng; họp chợ phiên")), 3);
        Assert.Equal(1.0, ScorerFor("chợ").Score(IndexText.Tokens("họp chợ phiên")), 3);
    }

    // The place or year named is which course, not what is asked about it: a text holding "Cà Mau" and the question's
    // other words only apart counts them apart, like a text of another province.
    [Fact]
    public void Score_OnlyThePlaceFoundAsAPair_CountsWordsApart()
    {
        var scorer = ScorerFor("thời tiết Cà Mau ngày mai");
        var placeOnly = scorer.Score(IndexText.Tokens("Ngày 5/6, tỉnh Cà Mau mở lớp; thời gian học tiết kiệm, mai mốt"));
        var wordsTogether = scorer.Score(IndexText.Tokens("Thời tiết Cà Mau ngày mai có mưa"));

        // Every word, one pair of five: (0.5 × 1 + 0.5 × 0.2), halved as found apart (0.6 when the place counted as a pair).
        Assert.Equal(0.3, placeOnly, 3);
        Assert.Equal(1.0, wordsTogether, 3);
        Assert.True(ScorerFor("lớp tập huấn Cà Mau").Score(IndexText.Tokens("Lớp tập huấn ở Cà Mau")) > 0.8);
    }

    // A paraphrase's own words ("trau dồi" for "bồi dưỡng") no text writes: up to two of them leave the question's
    // weight, not a word the asked fact hangs on, nor when more are unwritten (a question about something else).
    [Theory]
    [InlineData("lớp trau dồi nghiệp vụ dân vận Cà Mau", "", true)]
    [InlineData("lớp trau dồi nghiệp vụ dân vận Cà Mau", "trau doi", false)]
    [InlineData("lớp trau dồi xoay xở nghiệp vụ dân vận Cà Mau", "", false)]
    public void SetAsideUnwritten_OrdinaryWordsNoTextWrites_NoLongerSinkTheQuestion(string question, string strict, bool setAside)
    {
        var written = IndexText.Tokens("Lớp bồi dưỡng nghiệp vụ dân vận ở Cà Mau khai mạc ngày 1/11 tại Trường Chính trị tỉnh");
        var frequency = written.Concat(written.Zip(written.Skip(1), IndexText.Pair)).Distinct().ToDictionary(t => t, _ => 3);
        var vocabulary = new Vocabulary(frequency, 20);
        var query = QueryBuilder.Build(question, vocabulary);
        var scorer = new CoverageScorer(query, vocabulary);
        var text = IndexText.Tokens("Lớp bồi dưỡng nghiệp vụ dân vận ở Cà Mau");
        var before = scorer.Score(text);

        var aside = scorer.SetAsideUnwritten(query, vocabulary, strict.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet());
        var after = scorer.Score(text);

        Assert.Equal(setAside, aside.Count > 0);
        Assert.Equal(setAside, after > before + 0.1);
        Assert.DoesNotContain("lop", aside);
    }
}
