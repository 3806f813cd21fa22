using System.Text;
using DanVan.Core.Ingestion.Readers.PlainText;
using DanVan.Core.Ingestion.Readers;

namespace DanVan.Core.Tests.Ingestion.Readers.PlainText;

public sealed class PlainTextReaderTests
{
    private readonly PlainTextReader _reader = new();

    [Fact]
    public async Task ReadAsync_FrontMatter_SetsTitleAndMetadataAndIsNotBody()
    {
        const string text = """
            ---
            title: "Kỹ năng dân vận khéo"
            source: 'Ban Dân vận Tỉnh ủy'
            published: 2024-03-05
            province: Nghệ An
            tags:
              - dân vận
            ---
            Nội dung bài viết.
            """;

        var document = await ReadAsync(text, "bai-viet.md");

        Assert.Equal("Kỹ năng dân vận khéo", document.Title);
        Assert.Equal("Ban Dân vận Tỉnh ủy", document.Metadata["source"]);
        Assert.Equal("2024-03-05", document.Metadata["published"]);
        Assert.Equal("Nghệ An", document.Metadata["province"]);
        Assert.False(document.Metadata.ContainsKey("title"));
        Assert.Equal([new Block(BlockKind.Paragraph, "Nội dung bài viết.")], document.Blocks);
    }

    [Fact]
    public async Task ReadAsync_UnclosedFrontMatterDelimiter_IsReadAsText()
    {
        var document = await ReadAsync("---\ntitle: không phải\nNội dung.", "a.txt");

        Assert.Null(document.Title);
        Assert.Empty(document.Metadata);
        Assert.Contains(document.Blocks, b => b.Text.Contains("title: không phải", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_MarkdownStructure_MapsHeadingsListsAndTables()
    {
        const string text = """
            # Chương I
            ## Mục 1. Nguyên tắc

            - Gần dân
            * Hiểu dân
            1. Trọng dân

            | Đơn vị | Số buổi |
            |---|:---:|
            | Xã A | 12 |
            """;

        var document = await ReadAsync(text, "huong-dan.md");

        Assert.Equal(
            [
                new Block(BlockKind.Heading, "Chương I", 1),
                new Block(BlockKind.Heading, "Mục 1. Nguyên tắc", 2),
                new Block(BlockKind.ListItem, "Gần dân"),
                new Block(BlockKind.ListItem, "Hiểu dân"),
                new Block(BlockKind.ListItem, "1. Trọng dân"),
                new Block(BlockKind.TableRow, "Đơn vị | Số buổi"),
                new Block(BlockKind.TableRow, "Xã A | 12"),
            ],
            document.Blocks);
        Assert.Equal("Chương I", document.Title);
    }

    [Fact]
    public async Task ReadAsync_NoFrontMatterNoHeading_TitleIsNull()
    {
        var document = await ReadAsync("Chỉ có một đoạn văn.", "a.txt");

        Assert.Null(document.Title);
    }

    [Fact]
    public async Task ReadAsync_SingleNewlinesInScrapedText_SplitAtSentenceEndsAndCapitals()
    {
        const string text = "Đoạn thứ nhất kết thúc.\nĐoạn thứ hai bắt đầu\nBằng chữ hoa nên tách\nra nhưng dòng chữ thường thì nối lại:\n“Trích dẫn mở đầu”";

        var document = await ReadAsync(text, "scraped.txt");

        Assert.Equal(
            ["Đoạn thứ nhất kết thúc.", "Đoạn thứ hai bắt đầu", "Bằng chữ hoa nên tách ra nhưng dòng chữ thường thì nối lại:", "“Trích dẫn mở đầu”"],
            document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public async Task ReadAsync_BlankLines_SeparateParagraphsAndWrappedLinesJoin()
    {
        var document = await ReadAsync("Dòng một của đoạn\nvẫn là đoạn một\n\n\nĐoạn hai", "a.txt");

        Assert.Equal(["Dòng một của đoạn vẫn là đoạn một", "Đoạn hai"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task ReadAsync_ListItemWithWrappedLine_JoinsContinuation()
    {
        var document = await ReadAsync("- Nắm tình hình nhân dân\nở địa bàn dân cư\nSau danh sách", "a.txt");

        Assert.Equal(
            [new Block(BlockKind.ListItem, "Nắm tình hình nhân dân ở địa bàn dân cư"), new Block(BlockKind.Paragraph, "Sau danh sách")],
            document.Blocks);
    }

    [Fact]
    public async Task ReadAsync_InlineMarkdown_StrippedForMarkdownFilesOnly()
    {
        const string text = "**Điều 1.** Xem [hướng dẫn](https://example.vn/hd) và `mẫu` *này*.";

        var markdown = await ReadAsync(text, "a.md");
        var plain = await ReadAsync(text, "a.txt");

        Assert.Equal("Điều 1. Xem hướng dẫn và mẫu này.", markdown.Blocks.Single().Text);
        Assert.Equal(text, plain.Blocks.Single().Text);
    }

    [Fact]
    public async Task ReadAsync_SetextHeading_BecomesLevelOneHeading()
    {
        var document = await ReadAsync("Tiêu đề lớn\n===========\nNội dung.", "a.md");

        Assert.Equal(new Block(BlockKind.Heading, "Tiêu đề lớn", 1), document.Blocks[0]);
    }

    [Fact]
    public async Task ReadAsync_BinaryContent_ThrowsDocumentFormatException()
    {
        await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10], "a.txt", CancellationToken.None));
    }

    [Fact]
    public void CanRead_TextWithoutExtension_True()
    {
        Assert.True(_reader.CanRead(Encoding.UTF8.GetBytes("Văn bản không có đuôi tệp."), "ghichu"));
    }

    [Fact]
    public void CanRead_HtmlContent_False()
    {
        Assert.False(_reader.CanRead(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>x</body></html>"), "a.txt"));
    }

    private Task<ParsedDocument> ReadAsync(string text, string fileName) =>
        _reader.ReadAsync(Encoding.UTF8.GetBytes(text), fileName, CancellationToken.None);
}
