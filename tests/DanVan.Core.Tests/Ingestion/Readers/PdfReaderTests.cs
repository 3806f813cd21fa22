using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using DanVan.Core.Ingestion;
using DanVan.Core.Ingestion.Readers;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Ingestion.Readers;

public sealed class PdfReaderTests
{
    private readonly PdfReader _reader = new(Options.Create(new IngestionOptions()));

    public PdfReaderTests() => ReaderTestFiles.RequirePdfToText();

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
    public async Task ReadAsync_PdfToTextMissing_NamesPopplerPackage()
    {
        var reader = new PdfReader(Options.Create(new IngestionOptions { PdfToTextPath = "/nonexistent/bin/pdftotext" }));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => reader.ReadAsync(MinimalPdf.Create(["x"]), "a.pdf", CancellationToken.None));

        Assert.Contains("poppler-utils", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install poppler-utils", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task ReadAsync_ToolRunsPastTimeout_IsKilledAndReported()
    {
        var script = Path.Combine(Path.GetTempPath(), $"slow-pdftotext-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nsleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var reader = new PdfReader(Options.Create(new IngestionOptions { PdfToTextPath = script, PdfTimeoutSeconds = 1 }));
            var stopwatch = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<DocumentFormatException>(
                () => reader.ReadAsync(MinimalPdf.Create(["x"]), "cham.pdf", CancellationToken.None));

            Assert.Contains("quá 1 giây", error.Message, StringComparison.Ordinal);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        }
        finally
        {
            File.Delete(script);
        }
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
