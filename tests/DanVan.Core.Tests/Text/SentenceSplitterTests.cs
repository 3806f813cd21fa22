using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_Paragraph_SplitsAtSentenceEnds()
    {
        var sentences = SentenceSplitter.Split("Sáng 30/3, hội nghị khai mạc. Đồng chí Lụa dự! Có 250 học viên?");
        Assert.Equal(["Sáng 30/3, hội nghị khai mạc.", "Đồng chí Lụa dự!", "Có 250 học viên?"], sentences);
    }

    [Fact]
    public void Split_AbbreviationsAndNumbers_DoNotSplit()
    {
        var sentences = SentenceSplitter.Split("Tại TP. Vinh có 1.146 mô hình. Hết.");
        Assert.Equal(["Tại TP. Vinh có 1.146 mô hình.", "Hết."], sentences);
    }

    [Fact]
    public void Split_LowercaseAfterPeriod_StaysOneSentence() =>
        Assert.Single(SentenceSplitter.Split("phó khối vận cơ sở... có nhiều thay đổi."));

    // A numbered item is one sentence with its number: "1." split off as a sentence was quoted alone ("1. [1]").
    [Theory]
    [InlineData("1. Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối). 2. Khối dân vận xã họp định kỳ mỗi quý một lần.",
        new[] { "1. Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối).", "2. Khối dân vận xã họp định kỳ mỗi quý một lần." })]
    [InlineData("Kết quả như sau. II. Nhiệm vụ năm 2024. a. Tổ chức 5 lớp.",
        new[] { "Kết quả như sau.", "II. Nhiệm vụ năm 2024.", "a. Tổ chức 5 lớp." })]
    [InlineData("Năm 2016 mở 5 lớp. 1.2. Các huyện mở 3 lớp. 3.", new[] { "Năm 2016 mở 5 lớp.", "1.2. Các huyện mở 3 lớp." })] // a last bare "3." is dropped
    public void Split_NumberedItems_KeepTheirNumber(string paragraph, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(paragraph));

    [Fact]
    public void SplitLines_LineHoldingOnlyAnEnumerator_OpensTheNextLine()
    {
        var sentences = SentenceSplitter.SplitLines("Điều 9 quy định:\n1.\nKhối dân vận xã họp mỗi quý một lần.\n•\nTổ dân vận thôn họp 2 tháng một lần.\nb)");

        Assert.Equal(["Điều 9 quy định:", "1. Khối dân vận xã họp mỗi quý một lần.", "• Tổ dân vận thôn họp 2 tháng một lần."], sentences);
    }

    [Theory]
    [InlineData("1.", true)]
    [InlineData("a)", true)]
    [InlineData("(3)", true)]
    [InlineData("IV.", true)]
    [InlineData("-", true)]
    [InlineData("•", true)]
    [InlineData("1. Khối dân vận", false)]
    [InlineData("Hết.", false)]
    [InlineData("2016.", false)]
    public void IsEnumerator_OnlyABareNumberOrBullet(string text, bool expected) =>
        Assert.Equal(expected, SentenceSplitter.IsEnumerator(text));
}
