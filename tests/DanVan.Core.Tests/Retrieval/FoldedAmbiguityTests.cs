using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>A question typed without diacritics: ambiguous syllables matched alone count less, syllable pairs in full.</summary>
public sealed class FoldedAmbiguityTests
{
    private static RetrievedPassage Passage(string text) =>
        new(1, 1, 0, "Hội nghị", null, text, "test.md", null, null, null, 1.0);

    private static Vocabulary WithCertainty(params (string Folded, double Certainty)[] certainty) =>
        new(new Dictionary<string, int>(), 100, certainty.ToDictionary(c => c.Folded, c => c.Certainty));

    [Fact]
    public void Of_QuestionWithoutDiacritics_WeighsEachSyllableByItsCertaintyInTheIndex()
    {
        var vocabulary = WithCertainty(("doi", 0.3), ("tuyen", 0.6), ("cua", 0.5));
        var question = "doi tuyen viet nam cua ai";

        var factors = AmbiguousSyllables.Of(question, QueryBuilder.Build(question, vocabulary), vocabulary);

        Assert.Equal(0.3, factors["doi"]);
        Assert.Equal(0.6, factors["tuyen"]);
        Assert.False(factors.ContainsKey("viet")); // written one way in the index
        Assert.False(factors.ContainsKey("cua")); // a function word, not searched
    }

    [Fact]
    public void Of_QuestionTypedWithDiacritics_GuessesNothing()
    {
        var vocabulary = WithCertainty(("ban", 0.4), ("doi", 0.3));
        var question = "Ban dân vận có đội công tác không?";

        Assert.Empty(AmbiguousSyllables.Of(question, QueryBuilder.Build(question, vocabulary), vocabulary));
    }

    [Theory]
    [InlineData(new long[] { 10 }, 0, 1.0)]
    [InlineData(new long[] { 5, 5 }, 0, 0.5)]
    [InlineData(new long[] { 2 }, 1, 4.0 / 9)]
    [InlineData(new long[] { 999 }, 1, 0.998)]
    public void Of_FormCounts_IsTheChanceTwoUsesAreWrittenAlike(long[] counts, double unseen, double expected) =>
        Assert.Equal(expected, SpellingCertainties.Of(counts, unseen), 3);

    [Fact]
    public void DiscountAmbiguous_UnpairedMatchCountsLessPairedMatchInFull()
    {
        var query = QueryBuilder.Build("doi ngu dan van", Vocabulary.Empty);
        var scorer = new CoverageScorer(query, Vocabulary.Empty);
        var paired = scorer.Score("doi ngu can bo lam dan van");
        var apart = scorer.Score("trao doi ve ngu dan van");

        scorer.DiscountAmbiguous(new Dictionary<string, double> { ["doi"] = 0.25, ["ngu"] = 0.5 }, query);

        Assert.Equal(paired, scorer.Score("doi ngu can bo lam dan van"), 6);
        Assert.True(scorer.Score("trao doi ve ngu dan van") < apart);
    }

    [Fact]
    public void ShortFormThatIsAlsoAWord_IsSearchedBothWays()
    {
        // "tu" typed without diacritics is TU (tỉnh ủy) or từ: both are searched, and "từ năm nào" keeps its asker.
        var query = QueryBuilder.Build("phat dong tu nam nao", Vocabulary.Empty);
        Assert.Contains(query.Terms, t => t.Phrases.Contains("tu") && t.Phrases.Contains("tinh uy"));
        var expectation = AnswerExpectation.For("phat dong tu nam nao", query.Kind, QuestionLexicon.Default);
        Assert.False(expectation.HoldsFocus(Tokenizer.Tokenize("Năm 2019 tỉnh ủy họp")));
        Assert.True(expectation.HoldsFocus(Tokenizer.Tokenize("Phong trào được phát động năm 2009")));
    }
}
