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
    private const string Policy = "việc gì có lợi cho dân thì hết sức làm, việc gì có hại cho dân thì hết sức tránh; nước sạch cho dân; uống nước đá có hại";

    private static TopicCoverage Judged(string question, bool evaluatives)
    {
        var vocabulary = Vocabulary(Policy);
        return new TopicCoverage(QueryBuilder.Build(question, vocabulary), vocabulary, new HashSet<string>(), false, QuestionLexicon.Default.IsOfficialPair,
            evaluatives ? QuestionLexicon.Default.EvaluativeWords(Tokenizer.TokenizeTyped(question), asWritten: false) : null);
    }

    // A question whose only pair judges ("co hai": có hại) names its topic in its other words: a policy sentence holding
    // the judgement and none of them ("việc gì có hại cho dân") is not about it; without the lexicon's judging words it was.
    [Fact]
    public void Measure_QuestionPairingOnlyAJudgement_IsReadOnItsTopicWords()
    {
        const string question = "uong nhieu nuoc da co hai khong";
        var judged = Judged(question, evaluatives: true);
        var plain = Judged(question, evaluatives: false);
        var policy = IndexText.Tokens("việc gì có lợi cho dân thì hết sức làm, việc gì có hại cho dân thì hết sức tránh");
        var topic = IndexText.Tokens("uống nước đá có hại");

        Assert.True(plain.Measure([policy]).Share >= plain.Measure([policy]).Min);
        Assert.True(judged.ReadOnWords);
        Assert.Equal(0, judged.Pairs);
        Assert.True(judged.Measure([policy]).Share < judged.Measure([policy]).Min);
        Assert.True(judged.Measure([topic]).Share >= judged.Measure([topic]).Min);
    }

    // A question with a pair of its topic is read on its pairs as before; its judging words leave no pair out but theirs.
    [Fact]
    public void Measure_QuestionWithATopicPair_IsReadOnItsPairs()
    {
        var topic = Judged("nước sạch có hại không", evaluatives: true);
        Assert.False(topic.ReadOnWords);
        Assert.Equal(1.0, topic.Measure([IndexText.Tokens("nước sạch cho dân")]).Share);
    }

    // A syllable typed without diacritics that the index writes in several ways, held only apart from the question's
    // pairs, counts its spelling certainty; held inside a pair of the question it is that word, and counts whole.
    [Fact]
    public void WordShare_AmbiguousSyllableHeldApart_CountsItsCertainty()
    {
        var vocabulary = Vocabulary("bãi biển đẹp; biên bản hội nghị; bài giảng");
        var query = QueryBuilder.Build("Binh Phuoc co bai bien nao", vocabulary);
        var ambiguity = new Dictionary<string, double> { ["bai"] = 0.4, ["bien"] = 0.4 };
        var weighed = new TopicCoverage(query, vocabulary, new HashSet<string>(), grounded: true, ambiguity: ambiguity);
        var plain = new TopicCoverage(query, vocabulary, new HashSet<string>(), grounded: true);
        var apart = IndexText.Tokens("biên bản hội nghị; bài giảng");
        var together = IndexText.Tokens("bãi biển đẹp");

        Assert.True(weighed.WordShare([apart]) < plain.WordShare([apart]));
        Assert.Equal(plain.WordShare([together]), weighed.WordShare([together]), 3);
    }
}
