using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class StopWordsAndAbbreviationsTests
{
    [Theory]
    [InlineData("của", "cua", true)]
    [InlineData("cửa", "cua", false)]
    [InlineData("cua", "cua", true)]
    [InlineData("đảng", "dang", false)]
    [InlineData("dang", "dang", false)]
    [InlineData("hội", "hoi", false)]
    [InlineData("những", "nhung", true)]
    [InlineData("gì", "gi", true)]
    public void IsStopWord_DependsOnTypedForm(string typed, string folded, bool expected) =>
        Assert.Equal(expected, StopWords.IsStopWord(typed, folded));

    [Fact]
    public void Expand_ForIndexing_KeepsShortFormAndAddsExpansion()
    {
        var expanded = Abbreviations.Expand(Tokenizer.Tokenize("CTDV và MTTQ"), keepAbbreviation: true);
        Assert.Equal("ctdv cong tac dan van va mttq mat tran to quoc", string.Join(' ', expanded));
    }

    [Fact]
    public void Expand_MultiTokenAbbreviation_IsRecognised()
    {
        var expanded = Abbreviations.Expand(Tokenizer.Tokenize("phát triển KT-XH"), keepAbbreviation: true);
        Assert.Contains("kinh te xa hoi", string.Join(' ', expanded), StringComparison.Ordinal);
    }

    [Fact]
    public void Readings_AmbiguousShortForm_ReturnsEveryReading()
    {
        var readings = Abbreviations.Readings(["nd"], 0, out var length);
        Assert.Equal(1, length);
        Assert.Equal(["noi dung", "nhan dan", "nghi dinh"], readings!);
    }

    [Theory]
    [InlineData("ct dv", "cong tac dan van")]
    [InlineData("bdv tu", "ban dan van tinh uy")]
    [InlineData("ub mttq", "uy ban mat tran to quoc")]
    [InlineData("hd nd", "hoi dong nhan dan")]
    public void Readings_CompoundTypedInTwoParts_IsTheCompound(string typed, string reading)
    {
        var readings = Abbreviations.Readings(typed.Split(' '), 0, out var length);
        Assert.Equal(2, length);
        Assert.Equal([reading], readings!);
    }

    [Fact]
    public void Readings_SyllableBeforeALetter_IsNotJoinedIntoACompound()
    {
        // "tu v" is not TUV (Tỉnh ủy viên): "tu" may be a word typed without diacritics.
        var readings = Abbreviations.Readings(["tu", "v"], 0, out var length);
        Assert.Equal(1, length);
        Assert.Equal(["tinh uy"], readings!);
    }

    [Fact]
    public void Expand_AmbiguousShortForm_IsNotExpandedInIndexedText() =>
        Assert.Equal(["nd"], Abbreviations.Expand(["nd"], keepAbbreviation: true));
}
