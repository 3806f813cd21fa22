using System.Text;
using DanVan.Core.Ingestion.Readers.Shared;
using DanVan.Core.Tests.Ingestion.Readers.Docx;

namespace DanVan.Core.Tests.Ingestion.Readers.Shared;

public sealed class ContentSnifferTests
{
    [Fact]
    public void Detect_OnlyTheHeadOfADocx_IsDocxByExtension()
    {
        var head = new TestDocxBuilder().Paragraph("x").Build()[..30];

        Assert.Equal(ContentKind.Docx, ContentSniffer.Detect(head, "bao-cao.docx").Kind);
        Assert.Equal(ContentKind.Unsupported, ContentSniffer.Detect(head, "bao-cao.zip").Kind);
    }

    [Fact]
    public void Detect_PdfHeaderAfterLeadingJunk_IsPdf()
    {
        var content = Encoding.ASCII.GetBytes("\r\n\r\n%PDF-1.7\n...");

        Assert.Equal(ContentKind.Pdf, ContentSniffer.Detect(content, "a.txt").Kind);
    }

    [Fact]
    public void Detect_LongTextWhoseSampleEndsInsideACharacter_IsText()
    {
        // The 64 KB sample boundary falls after two of the three bytes of "€" (which read as Windows-1258 would not pass as Vietnamese).
        var content = Encoding.UTF8.GetBytes(new string('a', ContentSniffer.TextSampleBytes - 2) + "€ cuối tệp.");

        Assert.Equal(ContentKind.Text, ContentSniffer.Detect(content, "dai.txt").Kind);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><root/>", "du-lieu.xml")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "hinh.svg")]
    public void Detect_XmlOrSvg_Unsupported(string content, string fileName)
    {
        Assert.Equal(ContentKind.Unsupported, ContentSniffer.Detect(Encoding.UTF8.GetBytes(content), fileName).Kind);
    }

    [Fact]
    public void Detect_XhtmlWithXmlProlog_IsHtml()
    {
        var content = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        Assert.Equal(ContentKind.Html, ContentSniffer.Detect(content, "trang").Kind);
    }

    [Fact]
    public void Detect_Empty_UnsupportedAsEmpty()
    {
        Assert.Equal(new ContentSniff(ContentKind.Unsupported, "tệp rỗng"), ContentSniffer.Detect([], "a.txt"));
    }
}
