using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Ingestion;

namespace DanVan.Core.Tests.Ingestion;

public sealed class ChunkerTests
{
    [Fact]
    public void Split_LongParagraph_NeverCutsASentence()
    {
        var sentences = Enumerable.Range(1, 40).Select(i => $"Câu số {i} nói về công tác dân vận ở cơ sở trong tình hình mới.").ToList();
        var chunks = Chunker.Split([new Block(BlockKind.Paragraph, string.Join(' ', sentences))]);
        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.EndsWith(".", c.Text, StringComparison.Ordinal));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', chunks.Select(c => c.Text)));
        Assert.All(chunks, c => Assert.True(c.Text.Length <= Chunker.MaxChars));
    }

    [Fact]
    public void Split_ShortParagraphs_AreGroupedAndOrdered()
    {
        var chunks = Chunker.Split(Enumerable.Range(0, 6).Select(i => new Block(BlockKind.Paragraph, $"Đoạn {i}.")).ToList());
        var chunk = Assert.Single(chunks);
        Assert.Equal(0, chunk.Ordinal);
        Assert.Contains("Đoạn 5.", chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_Headings_BecomeSectionPathAndStartNewPassages()
    {
        var chunks = Chunker.Split([
            new Block(BlockKind.Heading, "Phần một", 1),
            new Block(BlockKind.Paragraph, "Nội dung một."),
            new Block(BlockKind.Heading, "Mục con", 2),
            new Block(BlockKind.Paragraph, "Nội dung hai."),
            new Block(BlockKind.Heading, "Phần hai", 1),
            new Block(BlockKind.Paragraph, "Nội dung ba."),
        ]);
        Assert.Equal(["Phần một", "Phần một › Mục con", "Phần hai"], chunks.Select(c => c.Section));
        Assert.Equal([0, 1, 2], chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public void Split_LegalDocument_CutsAlongArticles()
    {
        var chunks = Chunker.Split([
            new Block(BlockKind.Paragraph, "Chương I"),
            new Block(BlockKind.Paragraph, "NHỮNG QUY ĐỊNH CHUNG"),
            new Block(BlockKind.Paragraph, "Điều 1. Phạm vi điều chỉnh"),
            new Block(BlockKind.Paragraph, "1. Quy chế này quy định về công tác dân vận."),
            new Block(BlockKind.Paragraph, "Điều 2. Đối tượng áp dụng"),
            new Block(BlockKind.Paragraph, "a) Cán bộ, công chức xã."),
            new Block(BlockKind.Paragraph, "Chương II"),
            new Block(BlockKind.Paragraph, "Điều 5. Trách nhiệm của Chủ tịch UBND xã. Chủ tịch trả lời kiến nghị trong 15 ngày."),
        ]);
        Assert.Equal(3, chunks.Count);
        Assert.Equal("Chương I NHỮNG QUY ĐỊNH CHUNG › Điều 1. Phạm vi điều chỉnh", chunks[0].Section);
        Assert.Equal("Chương I NHỮNG QUY ĐỊNH CHUNG › Điều 2. Đối tượng áp dụng", chunks[1].Section);
        Assert.Equal("Chương II › Điều 5. Trách nhiệm của Chủ tịch UBND xã", chunks[2].Section);
        Assert.Equal("Chủ tịch trả lời kiến nghị trong 15 ngày.", chunks[2].Text);
    }

    [Fact]
    public void Split_NoBlocks_ReturnsNothing() => Assert.Empty(Chunker.Split([]));

    // A PDF line holding only "1." is no passage's last line: it opens the item after it.
    [Fact]
    public void Split_BlockHoldingOnlyAnEnumerator_OpensTheNextBlock()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Khối dân vận xã phối hợp nắm tình hình nhân dân.", 14));
        var chunks = Chunker.Split(
        [
            new Block(BlockKind.Paragraph, filler),
            new Block(BlockKind.Paragraph, "1."),
            new Block(BlockKind.Paragraph, "Khối dân vận xã họp định kỳ mỗi quý một lần."),
            new Block(BlockKind.Paragraph, "-"),
        ]);

        Assert.Equal(filler, chunks[0].Text);
        Assert.Equal("1. Khối dân vận xã họp định kỳ mỗi quý một lần.", chunks[1].Text);
        Assert.Equal(2, chunks.Count);
    }
}
