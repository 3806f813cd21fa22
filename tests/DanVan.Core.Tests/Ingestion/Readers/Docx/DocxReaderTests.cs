using System.IO.Compression;
using System.Text;
using DanVan.Benchmarks.Hostile;
using DanVan.Core.Ingestion.Readers.Docx;
using DanVan.Core.Ingestion.Readers.Guards;
using DanVan.Core.Ingestion.Readers;

namespace DanVan.Core.Tests.Ingestion.Readers.Docx;

public sealed class DocxReaderTests
{
    private readonly DocxReader _reader = new();

    [Fact]
    public async Task ReadAsync_HeadingsListTableAndCoreProperties_MapsToBlocks()
    {
        var docx = new TestDocxBuilder { Title = "Sổ tay công tác dân vận", Creator = "Ban Dân vận", Created = new DateTime(2024, 2, 1, 8, 0, 0, DateTimeKind.Utc) }
            .Paragraph("SỔ TAY CÔNG TÁC DÂN VẬN", "Title")
            .Paragraph("Chương I. Những vấn đề chung", "Heading1")
            .Paragraph("Dân vận là vận động nhân dân.")
            .NumberedItem("Gần dân")
            .NumberedItem("Hiểu dân")
            .Paragraph("Trọng dân", TestDocxBuilder.NumberedStyle)
            .Table(["Đơn vị", "Số buổi"], ["Xã A", "12"], ["", ""])
            .Build();

        var document = await _reader.ReadAsync(docx, "so-tay.docx", CancellationToken.None);

        Assert.Equal(
            [
                new Block(BlockKind.Heading, "SỔ TAY CÔNG TÁC DÂN VẬN", 1),
                new Block(BlockKind.Heading, "Chương I. Những vấn đề chung", 1),
                new Block(BlockKind.Paragraph, "Dân vận là vận động nhân dân."),
                new Block(BlockKind.ListItem, "Gần dân"),
                new Block(BlockKind.ListItem, "Hiểu dân"),
                new Block(BlockKind.ListItem, "Trọng dân"),
                new Block(BlockKind.TableRow, "Đơn vị | Số buổi"),
                new Block(BlockKind.TableRow, "Xã A | 12"),
            ],
            document.Blocks);
        Assert.Equal("Sổ tay công tác dân vận", document.Title);
        Assert.Equal("Ban Dân vận", document.Metadata["author"]);
        Assert.Equal("2024-02-01", document.Metadata["created"]);
    }

    [Fact]
    public async Task ReadAsync_VietnameseStyleNamesAndOutlineLevels_BecomeHeadings()
    {
        var docx = new TestDocxBuilder()
            .Paragraph("Mục 2. Nhiệm vụ", "u2")
            .Paragraph("Chương riêng", "ChapterName")
            .OutlineParagraph("Đề mục cấp bốn", 3)
            .Paragraph("Thân bài.")
            .Build();

        var document = await _reader.ReadAsync(docx, "a.docx", CancellationToken.None);

        Assert.Equal(
            [
                new Block(BlockKind.Heading, "Mục 2. Nhiệm vụ", 2),
                new Block(BlockKind.Heading, "Chương riêng", 3),
                new Block(BlockKind.Heading, "Đề mục cấp bốn", 4),
                new Block(BlockKind.Paragraph, "Thân bài."),
            ],
            document.Blocks);
    }

    [Fact]
    public async Task ReadAsync_NoCoreTitle_TitleIsFirstHeading()
    {
        var docx = new TestDocxBuilder().Paragraph("Mở đầu.").Paragraph("Quy chế dân chủ ở cơ sở", "Heading2").Build();

        var document = await _reader.ReadAsync(docx, "a.docx", CancellationToken.None);

        Assert.Equal("Quy chế dân chủ ở cơ sở", document.Title);
    }

    [Fact]
    public async Task ReadAsync_LineBreakAndTableOfContents_SplitsParagraphAndSkipsToc()
    {
        var docx = new TestDocxBuilder()
            .Paragraph("Chương I ........ 3", "TOC1")
            .ParagraphWithLineBreak("Kính gửi: Các chi bộ", "Đồng kính gửi: Mặt trận")
            .Build();

        var document = await _reader.ReadAsync(docx, "a.docx", CancellationToken.None);

        Assert.Equal(["Kính gửi: Các chi bộ", "Đồng kính gửi: Mặt trận"], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task ReadAsync_RunsInsideOldSmartTags_TextIsKept()
    {
        var docx = ReplaceRun(
            new TestDocxBuilder().Paragraph("PLACEHOLDER").Build(),
            "<w:r><w:t xml:space=\"preserve\">Họp tại </w:t></w:r>" +
            "<st1:place xmlns:st1=\"urn:schemas-microsoft-com:office:smarttags\"><w:smartTag w:uri=\"u\" w:element=\"City\">" +
            "<w:r><w:t>Hà Nội</w:t><w:tab/><w:t>ngày 5</w:t></w:r></w:smartTag></st1:place>");

        var document = await _reader.ReadAsync(docx, "cu.docx", CancellationToken.None);

        Assert.Equal("Họp tại Hà Nội ngày 5", document.Blocks.Single().Text);
    }

    [Fact]
    public async Task ReadAsync_DeeplyNestedXml_RefusedBeforeTheSdkLoadsIt()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:smartTag w:uri=\"u\" w:element=\"x\">", 1000)) + "<w:r><w:t>sâu</w:t></w:r>"
            + string.Concat(Enumerable.Repeat("</w:smartTag>", 1000));
        var docx = ReplaceRun(new TestDocxBuilder().Paragraph("PLACEHOLDER").Build(), nested);

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(docx, "sau.docx", CancellationToken.None));

        Assert.Contains("lồng nhau quá 256 cấp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BombWhoseHeadersUnderstateItsSize_RefusedWithoutInflatingIt()
    {
        // The archive reads no more than an entry declares, so the gigabyte behind a "1 KB" entry is never inflated.
        var bomb = HostileCorpus.LyingSizes(HostileCorpus.ZipBombDocx(256L * 1024 * 1024));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(bomb, "bom.docx", CancellationToken.None));

        Assert.StartsWith("Tệp .docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ManyEntries_RefusedAsZipBomb()
    {
        var docx = Zip(archive =>
        {
            AddEntry(archive, "word/document.xml", "<w:document/>");
            for (var i = 0; i < ZipArchiveGuard.MaxEntries; i++)
            {
                AddEntry(archive, $"word/media/p{i}.xml", "x");
            }
        });

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(docx, "bom.docx", CancellationToken.None));

        Assert.Contains("1001", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_HighlyCompressibleHugeEntry_RefusedAsZipBomb()
    {
        var docx = Zip(archive =>
        {
            AddEntry(archive, "word/document.xml", "<w:document/>");
            var entry = archive.CreateEntry("word/media/zeros.bin", CompressionLevel.Optimal);
            using var stream = entry.Open();
            stream.Write(new byte[20 * 1024 * 1024]);
        });
        Assert.True(docx.Length < 200 * 1024); // small on disk, 20 MB inflated

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(docx, "bom.docx", CancellationToken.None));

        Assert.Contains("zeros.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TotalInflatedSizeOverLimit_Refused()
    {
        // Each entry stays under the ratio check (< 1 MB) but together they inflate past 100 MB.
        var docx = Zip(archive =>
        {
            AddEntry(archive, "word/document.xml", "<w:document/>");
            var block = new byte[1000 * 1024];
            for (var i = 0; i < 110; i++)
            {
                using var stream = archive.CreateEntry($"word/media/part{i}.bin", CompressionLevel.Fastest).Open();
                stream.Write(block);
            }
        });

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(docx, "bom.docx", CancellationToken.None));

        Assert.Contains("100 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TruncatedArchive_ThrowsCorrupt()
    {
        var docx = new TestDocxBuilder().Paragraph("Nội dung").Build();

        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(docx[..(docx.Length / 2)], "hong.docx", CancellationToken.None));

        Assert.StartsWith("Tệp .docx bị hỏng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ZipWithoutDocumentPart_ThrowsMissingPart()
    {
        var zip = Zip(archive => AddEntry(archive, "word/other.xml", "<x/>"));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(zip, "a.docx", CancellationToken.None));

        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DocumentPartNotAPackage_ThrowsCorruptWithoutLeakingSdkException()
    {
        var zip = Zip(archive => AddEntry(archive, "word/document.xml", "đây không phải XML"));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => _reader.ReadAsync(zip, "a.docx", CancellationToken.None));

        Assert.StartsWith("Tệp .docx bị hỏng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CanRead_ZipWithWordDocument_TrueButSpreadsheetFalse()
    {
        var docx = new TestDocxBuilder().Paragraph("x").Build();
        var xlsx = Zip(archive => AddEntry(archive, "xl/workbook.xml", "<workbook/>"));

        Assert.True(_reader.CanRead(docx, "a.bin"));
        Assert.False(_reader.CanRead(xlsx, "a.docx"));
    }

    internal static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(archive);
        }

        return stream.ToArray();
    }

    /// <summary>Replaces the first run of word/document.xml with raw XML.</summary>
    private static byte[] ReplaceRun(byte[] docx, string runXml)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var start = xml.IndexOf("<w:r>", StringComparison.Ordinal);
            var end = xml.IndexOf("</w:r>", StringComparison.Ordinal) + "</w:r>".Length;
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            writer.Write(xml[..start] + runXml + xml[end..]);
        }

        return stream.ToArray();
    }

    private static void AddEntry(ZipArchive archive, string name, string content)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
