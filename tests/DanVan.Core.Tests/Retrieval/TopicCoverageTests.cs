using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>The share of a question's word pairs a text holds, and the share it must hold to be about the question.</summary>
public sealed class TopicCoverageTests
{
    private const string Written = "Hội nghị biểu dương mô hình dân vận khéo của tỉnh; lớp bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ";

    private static Vocabulary Vocabulary()
    {
        var tokens = IndexText.Tokens(Written);
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
}
