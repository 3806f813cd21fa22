using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class IndexTextTests
{
    [Fact]
    public void Terms_Sentence_HoldsSyllablesThenAdjacentPairs() =>
        Assert.Equal("dan van kheo dan_van van_kheo", IndexText.Terms("Dân vận khéo"));

    [Fact]
    public void Terms_Abbreviation_PairsRunThroughItsExpansion() =>
        Assert.Equal("ctdv cong tac dan van ctdv_cong cong_tac tac_dan dan_van", IndexText.Terms("CTDV"));

    [Fact]
    public void Terms_TwoNumbersSideBySide_AreNotPaired() =>
        Assert.Equal("ngay 12 5 2021 ngay_12", IndexText.Terms("ngày 12/5/2021"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ;; ")]
    public void Terms_NothingToIndex_IsEmpty(string? text) => Assert.Equal(string.Empty, IndexText.Terms(text));

    [Fact]
    public void Prepare_HoldsNoPairs() => Assert.Equal("dan van kheo", IndexText.Prepare("Dân vận khéo"));

    [Theory]
    [InlineData("dan_van", true)]
    [InlineData("dan", false)]
    public void IsPair_TellsPairTokensFromSyllables(string term, bool expected) => Assert.Equal(expected, IndexText.IsPair(term));
}
