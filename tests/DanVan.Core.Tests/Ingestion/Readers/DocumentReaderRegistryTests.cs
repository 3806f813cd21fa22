using System.Text;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Tests.Ingestion.Readers.Docx;
using DanVan.Core.Tests.Ingestion.Readers.Pdf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Core.Tests.Ingestion.Readers;

public sealed class DocumentReaderRegistryTests
{
    private readonly DocumentReaderRegistry _registry = ReaderTestFiles.Registry();

    [Fact]
    public void Resolve_PdfContentNamedDocx_ReturnsPdfReader()
    {
        Assert.Equal("pdf", _registry.Resolve(MinimalPdf.Create(["x"]), "bao-cao.docx").Format);
    }

    [Fact]
    public void Resolve_DocxContentWithoutExtension_ReturnsDocxReader()
    {
        Assert.Equal("docx", _registry.Resolve(new TestDocxBuilder().Paragraph("x").Build(), "tai-lieu").Format);
    }

    [Theory]
    [InlineData("<!doctype html><html><body><p>x</p></body></html>", "trang.txt", "html")]
    [InlineData("Văn bản thường.", "trang.html", "html")]
    [InlineData("Văn bản thường.", "ghi-chu", "text")]
    [InlineData("# Tiêu đề\nNội dung", "a.md", "text")]
    [InlineData("Văn bản thường.", "sai-duoi.pdf", "text")]
    public void Resolve_TextContent_ContentFirstExtensionSecond(string content, string fileName, string expected)
    {
        Assert.Equal(expected, _registry.Resolve(Encoding.UTF8.GetBytes(content), fileName).Format);
    }

    public static TheoryData<byte[], string, string> Unsupported => new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "anh.png", "PNG" },
        { [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0], "setup.exe", "chương trình" },
        { [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "cu.doc", ".doc" },
        { DocxReaderTests.Zip(a => a.CreateEntry("xl/workbook.xml")), "bang.xlsx", "Excel" },
        { DocxReaderTests.Zip(a => a.CreateEntry("readme.txt")), "goi.zip", "ZIP" },
        { Encoding.ASCII.GetBytes(@"{\rtf1\ansi Noi dung}"), "van-ban.rtf", "RTF" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Resolve_UnsupportedContent_ThrowsListingSupportedTypes(byte[] content, string fileName, string expectedKind)
    {
        var error = Assert.Throws<DocumentFormatException>(() => _registry.Resolve(content, fileName));

        Assert.Contains(expectedKind, error.Message, StringComparison.Ordinal);
        Assert.Contains(fileName, error.Message, StringComparison.Ordinal);
        Assert.Contains(".txt, .md, .markdown, .html, .htm, .docx, .pdf", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bao-cao.odt", ".odt")]
    [InlineData("ghi-chu.rtf", ".rtf")]
    [InlineData("so-lieu.csv", ".csv")]
    public async Task ReadAsync_PlainTextUnderAnExtensionNotAccepted_RefusedNamingTheExtension(string fileName, string extension)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _registry.ReadAsync(Encoding.UTF8.GetBytes("Văn bản thường về công tác dân vận."), fileName));

        Assert.Contains($"(đuôi {extension})", error.Message, StringComparison.Ordinal);
        Assert.Contains(DocumentFormats.List, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ghi-chep.markdown")]
    [InlineData("GHI-CHEP.TXT")]
    [InlineData("dan-tu-tin-nhan")]
    public async Task ReadAsync_PlainTextUnderAnAcceptedExtensionOrNone_IsRead(string fileName)
    {
        var document = await _registry.ReadAsync(Encoding.UTF8.GetBytes("Văn bản thường về công tác dân vận."), fileName);

        Assert.Equal("Văn bản thường về công tác dân vận.", document.Blocks.Single().Text);
    }

    [Fact]
    public async Task ReadAsync_FileOverSizeLimit_RefusedWithSizeAndLimitInMb()
    {
        var registry = ReaderTestFiles.Registry(new IngestionOptions { MaxFileBytes = 1024 * 1024 });
        var content = Encoding.UTF8.GetBytes(new string('a', 1024 * 1024 + 512 * 1024));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => registry.ReadAsync(content, "lon.txt"));

        Assert.Contains("1,5 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("giới hạn 1 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("lon.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileAtSizeLimit_IsRead()
    {
        var registry = ReaderTestFiles.Registry(new IngestionOptions { MaxFileBytes = 11 });

        var document = await registry.ReadAsync(Encoding.ASCII.GetBytes("Dan van 11."), "a.txt");

        Assert.Equal("Dan van 11.", document.Blocks.Single().Text);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_Refused()
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _registry.ReadAsync([], "rong.txt"));

        Assert.Contains("rỗng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PageWithOnlyFurniture_RefusedAsHavingNoText()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><nav>Trang chủ</nav><footer>Bản quyền</footer></body></html>");

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _registry.ReadAsync(html, "menu.html"));

        Assert.Contains("không có nội dung chữ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ReaderThrowsUnexpectedException_WrappedWithFileNameAndReason()
    {
        var registry = new DocumentReaderRegistry([new ThrowingReader()], Options.Create(new IngestionOptions()));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => registry.ReadAsync([1, 2, 3], "x.txt"));

        Assert.Contains("x.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("part is broken", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public async Task ReadAsync_CancelledByCaller_PropagatesCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _registry.ReadAsync(Encoding.UTF8.GetBytes("Nội dung."), "a.txt", cancellation.Token));
    }

    [Fact]
    public async Task AddDocumentReaders_WithConfiguration_ResolvesRegistryWithEveryFormatAndBoundLimit()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "10" })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddDocumentReaders()
            .AddDocumentReaders() // idempotent
            .BuildServiceProvider();

        var registry = provider.GetRequiredService<DocumentReaderRegistry>();

        Assert.Equal(["pdf", "docx", "html", "text"], registry.Readers.Select(r => r.Format));
        await Assert.ThrowsAsync<DocumentFormatException>(() => registry.ReadAsync(new byte[11], "a.txt"));
    }

    private sealed class ThrowingReader : IDocumentReader
    {
        public string Format => "broken";

        public bool CanRead(ReadOnlySpan<byte> head, string fileName) => true;

        public Task<ParsedDocument> ReadAsync(byte[] content, string fileName, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("part is broken");
    }
}
