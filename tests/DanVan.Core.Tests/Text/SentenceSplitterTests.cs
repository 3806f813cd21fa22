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
}
