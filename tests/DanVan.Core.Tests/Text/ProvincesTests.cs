using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class ProvincesTests
{
    private static string Corrected(string question) =>
        string.Join(' ', Provinces.CorrectTypos(Tokenizer.TokenizeTyped(question)).Select(t => t.Folded));

    [Theory]
    [InlineData("lớp dân vận ở Ninh Bìn năm 2019", "lop dan van o ninh binh nam 2019")]
    [InlineData("tap huan o tuyen quan", "tap huan o tuyen quang")]
    [InlineData("Bình Phươc 2016", "binh phuoc 2016")]
    public void CorrectTypos_OneSlipInALongName_IsCorrected(string question, string expected) =>
        Assert.Equal(expected, Corrected(question));

    [Theory]
    [InlineData("lớp dân vận ở Ninh Bình năm 2019")] // already right
    [InlineData("lớp dân vận ở Hà Nan")] // short names are too close to other words to guess
    [InlineData("ninh thuan va ninh binh")] // provinces named: nothing to correct
    [InlineData("Ninh Hòa có mấy lớp")] // two edits from Ninh Bình, Ninh Thuận: not a slip
    [InlineData("ủy viên hội đồng nào ở Trung ương")] // "nào" is a question word, no slip of Đồng Nai
    [InlineData("hội đồng gì")]
    public void CorrectTypos_NothingToCorrectOrTooRisky_KeepsTheTokens(string question)
    {
        var tokens = Tokenizer.TokenizeTyped(question);
        Assert.Equal(tokens, Provinces.CorrectTypos(tokens));
    }

    [Theory]
    [InlineData("Ban Dân vận Tỉnh ủy Hà Nam tổ chức tại Hà Nam; đoàn Nam Định dự", "Hà Nam")]
    [InlineData("Cà Mau và Bạc Liêu", "Cà Mau")] // a tie: the one named first
    [InlineData("Bạc Liêu và Cà Mau", "Bạc Liêu")]
    [InlineData("không nhắc tỉnh nào", null)]
    public void MostMentioned_CountsWholeNamesAndBreaksTiesByFirstMention(string text, string? expected) =>
        Assert.Equal(expected, Provinces.MostMentioned(text));

    [Theory]
    [InlineData("Lớp tập huấn ở Tuyên Quang năm 2023", new[] { "Tuyên Quang" })] // "quang nam" folds like Quảng Nam
    [InlineData("tuyen quang nam 2023 co bao nhieu hoc vien", new[] { "Tuyên Quang" })]
    [InlineData("Quảng Nam và Hà Nam", new[] { "Quảng Nam", "Hà Nam" })]
    [InlineData("hà nam định", new[] { "Hà Nam" })] // left to right: the first name read wins the shared syllable
    [InlineData("tuyen quang nam 2023 va quang nam", new[] { "Tuyên Quang", "Quảng Nam" })]
    [InlineData("Hà Nam và Nam Định", new[] { "Hà Nam", "Nam Định" })]
    public void Mentioned_NamesDoNotOverlap(string text, string[] expected) =>
        Assert.Equal(expected, Provinces.Mentioned(Tokenizer.Tokenize(text)));

    [Fact]
    public void MostMentioned_ANameEndingWhereAnotherCouldStart_CountsOnlyTheFirst() =>
        Assert.Equal("Tuyên Quang", Provinces.MostMentioned("Tuyên Quang năm 2022, Tuyên Quang năm 2023; Quảng Nam"));

    [Fact]
    public void MostMentioned_TextGivenInPieces_CountsAcrossPiecesWithTheSameTieRule()
    {
        string[] pieces = ["Bạc Liêu mở lớp.", "Cà Mau cử cán bộ; Cà Mau", "và Bạc Liêu cùng dự."];

        Assert.Equal("Bạc Liêu", Provinces.MostMentioned(pieces));
        Assert.Equal("Cà Mau", Provinces.MostMentioned([.. pieces, "Cà Mau"]));
        Assert.Null(Provinces.MostMentioned(Array.Empty<string>()));
    }

    [Theory]
    [InlineData("Hà Nam", "tỉnh Hà Nam")]
    [InlineData("Cần Thơ", "thành phố Cần Thơ")]
    [InlineData("TP. Hồ Chí Minh", "thành phố Hồ Chí Minh")]
    public void AsPlace_ProvincesAndCentralCities_WrittenAsPlaces(string name, string expected) =>
        Assert.Equal(expected, Provinces.AsPlace(name));
}
