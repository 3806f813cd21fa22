using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class SyllableSpellingsTests
{
    [Fact]
    public void Of_WordsFoldingAlike_KeepsEachWrittenForm()
    {
        var spellings = SyllableSpellings.Of("Đội ngũ, đổi mới và đời sống");

        Assert.Equal(3, spellings.Count(s => s.Folded == "doi"));
    }

    [Theory]
    [InlineData("Hoà bình", "Hòa bình")]
    [InlineData("kỹ năng", "kĩ năng")]
    [InlineData("ĐỘI", "đội")]
    public void Of_SameWordSpeltTwoWays_IsOneForm(string first, string second) =>
        Assert.Equal(SyllableSpellings.Of(first), SyllableSpellings.Of(second));

    [Fact]
    public void Of_NumbersAbbreviationsAndLongRuns_AreNoSyllables()
    {
        var spellings = SyllableSpellings.Of("MTTQ năm 2023 d18 abcdefghijklmnopqrstu");

        Assert.Equal(["nam"], spellings.Select(s => s.Folded));
    }
}
