using DanVan.Core.Ingestion.Readers.Shared;
using DanVan.Core.Ingestion.Readers;

namespace DanVan.Core.Tests.Ingestion.Readers.Shared;

public sealed class TextBlockParserTests
{
    private const string HardWrapped = """
        Hội nghị đã quán triệt các chủ trương của Đảng, chính sách của
        Nhà nước về công tác dân vận và phát huy vai trò của Mặt trận
        Tổ quốc trong giai đoạn mới
        Kết luận hội nghị
        """;

    [Fact]
    public void Parse_HardWrappedCapitalisedContinuation_JoinsFullLinesAndBreaksAfterShortOnes()
    {
        var blocks = TextBlockParser.Parse(HardWrapped, hardWrapped: true, markdown: false);

        Assert.Equal(
            [
                "Hội nghị đã quán triệt các chủ trương của Đảng, chính sách của Nhà nước về công tác dân vận và phát huy vai trò của Mặt trận Tổ quốc trong giai đoạn mới",
                "Kết luận hội nghị",
            ],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Parse_SameTextNotHardWrapped_BreaksAtEveryCapitalisedLine()
    {
        var blocks = TextBlockParser.Parse(HardWrapped, hardWrapped: false, markdown: false);

        Assert.Equal(4, blocks.Count);
    }

    [Theory]
    [InlineData("Kết thúc câu.", "Câu mới", true)]
    [InlineData("Như sau:", "các bước", true)]
    [InlineData("đang viết dở", "tiếp tục", false)]
    [InlineData("đang viết dở", "12 xã", true)]
    [InlineData("đang viết dở", "(ghi chú)", false)]
    public void StartsNewParagraph_FlowingText_FollowsPunctuationAndCase(string previous, string next, bool expected)
    {
        Assert.Equal(expected, TextBlockParser.StartsNewParagraph(previous, next, hardWrapped: false, wrapWidth: 0));
    }

    [Fact]
    public void Parse_HardWrappedLinesWithWideGaps_BecomeTableRows()
    {
        const string header = """
                ĐẢNG CỘNG SẢN VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
              BAN DÂN VẬN TỈNH ỦY               Độc lập - Tự do - Hạnh phúc
            Số 12-HD/BDVTU
            """;

        var blocks = TextBlockParser.Parse(header, hardWrapped: true, markdown: false);

        Assert.Equal(
            [
                new Block(BlockKind.TableRow, "ĐẢNG CỘNG SẢN VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Block(BlockKind.TableRow, "BAN DÂN VẬN TỈNH ỦY | Độc lập - Tự do - Hạnh phúc"),
                new Block(BlockKind.Paragraph, "Số 12-HD/BDVTU"),
            ],
            blocks);
    }

    [Fact]
    public void Parse_LegalLetterPoints_AreListItemsKeepingTheirLetters()
    {
        var blocks = TextBlockParser.Parse("Cán bộ phải\na) Gần dân\nb) Hiểu dân\nđ) Trọng dân", hardWrapped: false, markdown: false);

        Assert.Equal(
            [
                new Block(BlockKind.Paragraph, "Cán bộ phải"),
                new Block(BlockKind.ListItem, "a) Gần dân"),
                new Block(BlockKind.ListItem, "b) Hiểu dân"),
                new Block(BlockKind.ListItem, "đ) Trọng dân"),
            ],
            blocks);
    }

    [Fact]
    public void Parse_TableSeparatorAndEmptyRows_AreSkipped()
    {
        var blocks = TextBlockParser.Parse("| A | B |\n| --- | --- |\n|  |  |\n| 1 | 2 |", hardWrapped: false, markdown: false);

        Assert.Equal([new Block(BlockKind.TableRow, "A | B"), new Block(BlockKind.TableRow, "1 | 2")], blocks);
    }
}
