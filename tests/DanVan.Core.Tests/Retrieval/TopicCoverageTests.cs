using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>The share of a question's word pairs a text holds, and the share it must hold to be about the question.</summary>
public sealed class TopicCoverageTests
{
    private const string Written = "Hội nghị biểu dương mô hình dân vận khéo của tỉnh; lớp bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ";

    private static Vocabulary Vocabulary(string written = Written)
    {
        var tokens = IndexText.Tokens(written);
        var frequency = tokens.Concat(tokens.Zip(tokens.Skip(1), IndexText.Pair)).Distinct().ToDictionary(t => t, _ => 3);
        return new Vocabulary(frequency, 20);
    }

    private static TopicCoverage Topic(string question, params string[] asked)
    {
        var vocabulary = Vocabulary();
        return new TopicCoverage(QueryBuilder.Build(question, vocabulary), vocabulary, asked.ToHashSet());
    }

    // A question sharing one generic pair of the domain ("hội nghị") with a text holds little of its pairs; one the
    // text is about holds most of them.
    [Theory]
    [InlineData("hội nghị khách hàng tặng quà", 0.34)]
    [InlineData("bồi dưỡng học sinh giỏi toán", 0.34)]
    [InlineData("hội nghị biểu dương mô hình dân vận khéo", 1.0)]
    public void Share_OfTheQuestionsPairs_ThatTheTextHolds(string question, double atMost)
    {
        var share = Topic(question).Share([IndexText.Tokens(Written)]);
        Assert.InRange(share, atMost - 0.34, atMost);
    }

    // The words that ask are the question's form, not its topic: their pairs are not read.
    [Fact]
    public void Share_PairsOfAskedWords_AreLeftOut()
    {
        var all = Topic("lớp bồi dưỡng tổ chức ở đâu");
        var asked = Topic("lớp bồi dưỡng tổ chức ở đâu", "to", "chuc", "o", "dau");
        var text = IndexText.Tokens("lớp bồi dưỡng nghiệp vụ");

        Assert.True(asked.Pairs < all.Pairs);
        Assert.Equal(1.0, asked.Share([text]));
        Assert.True(all.Share([text]) < 1.0);
    }

    // A content word no passage writes ("sữa", "khách") may be what the question is about: half of its pairs must then
    // be held, a third otherwise.
    [Theory]
    [InlineData("hội nghị khách hàng", true)]
    [InlineData("hội nghị biểu dương mô hình", false)]
    public void MinShare_IsStricterWhenAContentWordIsUnwritten(string question, bool unwritten)
    {
        var topic = Topic(question);
        Assert.Equal(unwritten, topic.HasUnwrittenWord);
        Assert.Equal(unwritten ? 0.5 : 1.0 / 3, topic.MinShare, 3);
    }

    [Fact]
    public void Share_QuestionWithoutPairs_IsWhole() =>
        Assert.Equal(1.0, Topic("dân").Share([IndexText.Tokens("không liên quan")]));

    private static TopicCoverage Grounded(string question) =>
        new(QueryBuilder.Build(question, Vocabulary()), Vocabulary(), new HashSet<string>(), grounded: true, QuestionLexicon.Default.IsOfficialPair);

    // A question grounded by the province it names is read on its own words beyond it: a text holding none of them
    // (only the province) is not about it; one holding one of them is.
    [Fact]
    public void Measure_GroundedQuestion_NeedsOneOfItsOwnWordsBeyondTheProvince()
    {
        var topic = Grounded("Bình Phước có thác nào đẹp để đi chơi");
        var (none, min) = topic.Measure([IndexText.Tokens("Bình Phước tổ chức hội nghị dân vận")]);
        var (one, _) = topic.Measure([IndexText.Tokens("Bình Phước có thác Mơ")]);

        Assert.True(topic.Grounded);
        Assert.Equal(TopicCoverage.MinWordShare, min);
        Assert.Equal(0, none);
        Assert.True(one >= min);
    }

    // Another name the lexicon gives a phrase counts for its words: "khai giảng" is held where "khai mạc" is written,
    // though neither of its syllables is.
    [Fact]
    public void WordShare_SynonymOfAPairOfTheQuestion_HoldsItsWords()
    {
        var topic = Grounded("Bình Phước khai giảng");
        Assert.Equal(1.0, topic.WordShare([IndexText.Tokens("buổi lễ mở lớp bồi dưỡng")]));
        Assert.Equal(0.0, topic.WordShare([IndexText.Tokens("buổi lễ tổng kết")]));
    }

    // A question naming nothing that grounds it whose text holds only pairs of the shared official vocabulary
    // ("công chức", "cấp xã") is not about it, whatever their share; one pair of its own held is enough for the share
    // rule to decide.
    [Fact]
    public void Measure_UngroundedQuestion_NeedsOneOfItsOwnPairs()
    {
        var vocabulary = Vocabulary("đội ngũ công chức ở cấp xã; kỳ thi tuyển");
        var topic = new TopicCoverage(QueryBuilder.Build("thi tuyển công chức cấp xã", vocabulary), vocabulary, new HashSet<string>(), false, QuestionLexicon.Default.IsOfficialPair);
        var official = IndexText.Tokens("đội ngũ công chức ở cấp xã");
        var own = IndexText.Tokens("thi tuyển công chức cấp xã");

        Assert.True(topic.Share([official]) >= topic.MinShare);
        Assert.False(topic.HoldsOwnPair([official]));
        Assert.True(topic.Measure([official]).Share < topic.Measure([official]).Min);
        Assert.True(topic.HoldsOwnPair([own]));
        Assert.Equal(1.0, topic.Measure([own]).Share);
    }
}
