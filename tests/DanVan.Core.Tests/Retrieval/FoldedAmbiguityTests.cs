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

    [Fact]
    public void Ambiguity_SyllableWrittenSeveralWays_CountsOneShareEach()
    {
        var passages = new[] { Passage("Trao đổi kinh nghiệm về đối thoại; đội ngũ cán bộ làm dân vận.") };

        var ambiguity = MisspeltSyllables.Ambiguity("doi tuyen viet nam", passages);

        Assert.Equal(1.0 / 3, ambiguity["doi"], 3);
        Assert.False(ambiguity.ContainsKey("tuyen"));
    }

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
