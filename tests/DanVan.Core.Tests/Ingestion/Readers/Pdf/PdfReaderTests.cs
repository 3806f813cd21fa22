using System.Text;
using DanVan.Core.Ingestion.Readers.Pdf;
using DanVan.Core.Ingestion.Readers;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Ingestion.Readers.Pdf;

public sealed class PdfReaderTests
{
    private readonly PdfReader _reader = new(Options.Create(new IngestionOptions()));

    [Fact]
    public async Task ReadAsync_HandWrittenAsciiPdf_ExtractsParagraphs()
    {
        var pdf = MinimalPdf.Create(["Mass mobilisation guide", "", "Cadres listen to the people and", "explain the policy clearly."]);

        var document = await _reader.ReadAsync(pdf, "guide.pdf", CancellationToken.None);

        Assert.Equal(["Mass mobilisation guide", "Cadres listen to the people and explain the policy clearly."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task ReadAsync_VietnameseTwoPagePdf_KeepsDiacriticsJoinsAcrossPagesAndDropsPageNumbers()
    {
        var document = await _reader.ReadAsync(ReaderTestFiles.VietnamesePdf(), "huong-dan.pdf", CancellationToken.None);

        Assert.Equal(
            [
                new Block(BlockKind.Paragraph, "HƯỚNG DẪN CÔNG TÁC DÂN VẬN Ở CƠ SỞ"),
                new Block(BlockKind.Paragraph,
                    "Công tác dân vận là nhiệm vụ của cả hệ thống chính trị, trong đó cấp ủy đảng lãnh đạo, chính quyền quản lý, " +
                    "Mặt trận Tổ quốc và các đoàn thể nhân dân làm nòng cốt, mỗi cán bộ, đảng viên là một người làm dân vận."),
                new Block(BlockKind.Paragraph,
                    "Phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng” phải được thực hiện " +
                    "nghiêm túc ở từng thôn, tổ dân phố và trong từng cơ quan, đơn vị."),
                new Block(BlockKind.Paragraph, "Điều 1. Phạm vi áp dụng"),
                new Block(BlockKind.ListItem, "1. Hướng dẫn này áp dụng đối với các cơ quan, tổ chức trong hệ thống chính trị."),
                new Block(BlockKind.ListItem, "2. Cán bộ làm công tác dân vận phải gần dân, hiểu dân và có trách nhiệm với dân."),
            ],
            document.Blocks);
        Assert.All(document.Blocks, b => Assert.True(b.Text.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public async Task ReadAsync_PageWithoutText_ThrowsScannedPdfReason()
    {
        var pdf = MinimalPdf.Create(Array.Empty<string>()); // one page, no text objects

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(pdf, "scan.pdf", CancellationToken.None));

        Assert.Contains("không có lớp chữ", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CorruptPdf_ThrowsCorruptReason()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(Encoding.ASCII.GetBytes("%PDF-1.4\ngarbage, not a PDF body\n"), "hong.pdf", CancellationToken.None));

        Assert.Contains("PDF bị hỏng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TwoColumnPage_ReadsLeftColumnThenRightColumn()
    {
        var left = TestPdf.Column(50, 700,
            "Cadres go to every hamlet and listen to", "the people before they explain a new", "policy, so that each family knows what", "changes and why it matters to them.");
        var right = TestPdf.Column(310, 700,
            "The commune reports each month on the", "questions people asked and the answers", "they were given, and on what still needs", "to be done in the next month.");
        var pdf = TestPdf.Create([.. left, .. right]);

        var document = await _reader.ReadAsync(pdf, "two-columns.pdf", CancellationToken.None);

        Assert.Equal(
            [
                "Cadres go to every hamlet and listen to the people before they explain a new policy, so that each family knows what changes and why it matters to them.",
                "The commune reports each month on the questions people asked and the answers they were given, and on what still needs to be done in the next month.",
            ],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task ReadAsync_TableBelowParagraph_KeepsRowsTogether()
    {
        var prose = TestPdf.Column(50, 750, "Training sessions held by each commune in the first half of the year.");
        var table = new[] { ("Commune", "Sessions", "Cadres"), ("An Binh", "12", "340"), ("Tan Lap", "8", "215") }
            .SelectMany((row, i) => new[] { (50.0, 710.0 - (i * 14), row.Item1), (200.0, 710.0 - (i * 14), row.Item2), (320.0, 710.0 - (i * 14), row.Item3) });
        var pdf = TestPdf.Create([.. prose, .. table]);

        var document = await _reader.ReadAsync(pdf, "table.pdf", CancellationToken.None);

        Assert.Equal(
            [
                new Block(BlockKind.Paragraph, "Training sessions held by each commune in the first half of the year."),
                new Block(BlockKind.TableRow, "Commune | Sessions | Cadres"),
                new Block(BlockKind.TableRow, "An Binh | 12 | 340"),
                new Block(BlockKind.TableRow, "Tan Lap | 8 | 215"),
            ],
            document.Blocks);
    }

    [Fact]
    public async Task ReadAsync_ParagraphRunsOverPageBreak_JoinedAndPageNumbersDropped()
    {
        var pdf = TestPdf.Create(
            [.. TestPdf.Column(50, 750, "Mobilisation work", "", "Every cadre must keep close to the people, listen", "to what they say and act on"), (300, 40, "1")],
            [(300, 800, "- 2 -"), .. TestPdf.Column(50, 750, "it in time, as the guidance of the province requires.")]);

        var document = await _reader.ReadAsync(pdf, "pages.pdf", CancellationToken.None);

        Assert.Equal(
            ["Mobilisation work", "Every cadre must keep close to the people, listen to what they say and act on it in time, as the guidance of the province requires."],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task ReadAsync_RunsPastTimeLimit_RefusedWithTimeReason()
    {
        var reader = new PdfReader(Options.Create(new IngestionOptions()), TimeSpan.FromTicks(1));
        var pages = Enumerable.Range(0, 300).Select(i => TestPdf.Column(50, 750, $"Page {i} of a long report.").ToArray()).ToArray();

        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => reader.ReadAsync(TestPdf.Create(pages), "slow.pdf", CancellationToken.None));

        Assert.Contains("Đọc PDF quá", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _reader.ReadAsync(MinimalPdf.Create(["x"]), "a.pdf", cancellation.Token));
    }

    [Theory]
    [InlineData("12\nNội dung\n- 13 -", "\nNội dung\n")]
    [InlineData("Trang 3\nNội dung\n3/10", "\nNội dung\n")]
    [InlineData("Năm 2024 có 12 tháng\n2024", "Năm 2024 có 12 tháng\n")]
    public void StripPageNumbers_FirstAndLastLines_RemovesLoneNumbers(string page, string expected)
    {
        Assert.Equal(expected, PdfReader.StripPageNumbers(page));
    }
}
