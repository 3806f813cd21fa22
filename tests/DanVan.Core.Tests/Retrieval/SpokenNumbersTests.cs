using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// Numbers said in words are read as the digits the materials write (the shipped <c>spokenNumbers</c> of words.json):
/// a year after "năm", a small ordinal after a word that numbers a round or a meeting, and a Roman numeral where the
/// materials number so; typed with or without diacritics.
/// </summary>
public sealed class SpokenNumbersTests
{
    private static readonly Vocabulary Index = new(new[] { "lop", "dai", "hoi", "xiii", "dot" }.ToDictionary(t => t, _ => 5), 100);

    [Theory]
    [InlineData("năm hai không mười sáu Bình Phước mở mấy lớp", "năm 2016 Bình Phước mở mấy lớp")]
    [InlineData("Hà Nam năm hai không hai hai mở tập huấn", "Hà Nam năm 2022 mở tập huấn")]
    [InlineData("nam hai khong muoi sau binh phuoc mo may lop", "nam 2016 binh phuoc mo may lop")]
    [InlineData("năm hai nghìn không trăm hai mươi hai", "năm 2022")]
    [InlineData("nam hai ngan muoi sau", "nam 2016")]
    [InlineData("năm một chín chín lăm", "năm 1995")]
    public void YearSaidInWords_IsItsDigits(string typed, string read) =>
        Assert.Equal(read, SpokenNumbers.Standard(typed, Index));

    [Theory]
    [InlineData("năm hai lớp mở", "năm hai lớp mở")] // no year: "five, two"
    [InlineData("học năm ngày", "học năm ngày")]
    [InlineData("năm ba bốn người", "năm ba bốn người")] // not four digits
    [InlineData("năm chín chín chín chín", "năm chín chín chín chín")] // 9999 is no year
    public void WordsThatMakeNoYear_StayAsTyped(string typed, string read) =>
        Assert.Equal(read, SpokenNumbers.Standard(typed, Index));

    [Theory]
    [InlineData("đợt hai năm 2016 cấp chứng chỉ", "đợt 2 năm 2016 cấp chứng chỉ")]
    [InlineData("dot hai o binh phuoc", "dot 2 o binh phuoc")]
    [InlineData("lần thứ ba", "lần thứ 3")]
    [InlineData("đợt hai mươi mốt", "đợt 21")]
    public void OrdinalSaidInWords_IsItsDigits(string typed, string read) =>
        Assert.Equal(read, SpokenNumbers.Standard(typed, Index));

    [Theory]
    [InlineData("Khóa năm 2013 của Nghệ An mở màn ở đâu")] // the year word after a course, not the fifth course
    [InlineData("truyền đạt chuyên đề năm 2022")]
    [InlineData("tuyen quang 2023 cuoi khoa lam bai kiem tra")] // "lam" is làm: "lăm" is said only after ten
    [InlineData("dot sau co mo lop khong")] // the next round
    [InlineData("dot tu ngay 1 den ngay 3")] // "tu" is từ
    [InlineData("đợt năm 2016")]
    public void WordsAfterAnOrdinalLeadThatAreNoOrdinal_StayAsTyped(string typed) =>
        Assert.Equal(typed, SpokenNumbers.Standard(typed, Index));

    [Theory]
    [InlineData("phương châm của đại hội 13", "phương châm của đại hội XIII")]
    [InlineData("phuong cham cua dai hoi 13", "phuong cham cua dai hoi XIII")]
    [InlineData("đại hội mười ba bổ sung gì", "đại hội XIII bổ sung gì")]
    [InlineData("đại hội 14", "đại hội 14")] // the index holds no XIV
    [InlineData("có hai lớp", "có hai lớp")]
    public void NumberAfterAWordTheMaterialsNumberInRomanNumerals_IsTheNumeralTheIndexHolds(string typed, string read) =>
        Assert.Equal(read, SpokenNumbers.Standard(typed, Index));
}
