using DanVan.Benchmarks.Hostile;
using DanVan.Core.Ingestion.Readers.Guards;
using DanVan.Core.Ingestion.Readers.Pdf;
using DanVan.Core.Ingestion.Readers;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Ingestion.Readers.Guards;

/// <summary>Hostile PDFs are refused by structure, with a reason, before they can use much time or memory.</summary>
public sealed class PdfGuardTests
{
    private readonly PdfReader _reader = new(Options.Create(new IngestionOptions()));

    [Fact]
    public async Task ReadAsync_StreamInflatingFarPastTheLimit_RefusedAsDecompressionBomb()
    {
        var bomb = HostileCorpus.PdfBomb(256L * 1024 * 1024);
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(bomb, "bomb.pdf", CancellationToken.None));

        Assert.Contains("giải nén ra quá lớn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_StreamJustUnderTheLimit_IsNotRefusedForItsSize()
    {
        // Spaces only: no text, so the scanned-PDF reason proves the stream itself was accepted and decoded.
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(HostileCorpus.PdfBomb(PdfGuard.MaxStreamBytes - 1024), "blank.pdf", CancellationToken.None));

        Assert.Contains("không có lớp chữ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TwentyThousandPages_RefusedWithPageCount()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(HostileCorpus.ManyPagesPdf(20_000), "pages.pdf", CancellationToken.None));

        Assert.Contains("20.000 trang", error.Message, StringComparison.Ordinal);
        Assert.Contains("3.000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ThreeHundredThousandObjects_RefusedBeforeParsing()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(HostileCorpus.ManyObjectsPdf(300_000), "objects.pdf", CancellationToken.None));

        Assert.Contains("đối tượng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ArraysNestedTwoHundredThousandDeep_RefusedAsFormatError()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(HostileCorpus.NestedArraysPdf(200_000), "nested.pdf", CancellationToken.None));

        Assert.Contains("PDF", error.Message, StringComparison.Ordinal);
    }
}
