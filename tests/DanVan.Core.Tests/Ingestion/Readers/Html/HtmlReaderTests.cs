using System.Text;
using DanVan.Benchmarks.Hostile;
using DanVan.Core.Ingestion.Readers.Html;
using DanVan.Core.Ingestion.Readers;

namespace DanVan.Core.Tests.Ingestion.Readers.Html;

public sealed class HtmlReaderTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <title>Dân vận khéo ở xã vùng cao - Báo Dân Vận</title>
          <meta property="og:title" content="Dân vận khéo ở xã vùng cao">
          <meta property="og:site_name" content="Báo Dân Vận">
          <meta property="article:published_time" content="2024-03-05T08:30:00+07:00">
          <meta name="author" content="Minh Anh">
          <link rel="canonical" href="https://baodanvan.vn/dan-van-kheo.html">
          <style>.x { color: red }</style>
          <script>var tracking = "Lượt xem script";</script>
        </head>
        <body class="single-post has-comments">
          <header class="site-header"><a href="/">Trang chủ</a><ul class="main-menu"><li>Thời sự</li><li>Chính trị</li></ul></header>
          <nav class="breadcrumb">Trang chủ › Dân vận khéo</nav>
          <div class="container">
            <article class="post">
              <h1>Dân vận khéo ở xã vùng cao</h1>
              <div class="meta"><span class="post-views">Lượt xem: 453</span> <time datetime="2024-03-05">05/03/2024</time></div>
              <div class="share-buttons"><a>Chia sẻ Facebook</a><a>Gửi cho bạn bè</a></div>
              <p>Những năm qua, cấp ủy và chính quyền xã đã vận động nhân dân hiến đất làm đường giao thông nông thôn.</p>
              <p>Nhờ làm tốt công tác dân vận, 12 km đường bê tông đã hoàn thành trước kế hoạch.</p>
              <script>document.write("quảng cáo");</script>
              <div class="social-share">Chia sẻ Zalo</div>
              <footer class="post-footer">Bản quyền thuộc Báo Dân Vận</footer>
            </article>
            <aside class="sidebar"><h3>Tin liên quan</h3><p>Một tin khác rất dài để làm nhiễu phần lựa chọn nội dung chính của trang.</p></aside>
            <div id="comments" class="comment-block"><p>Bình luận của bạn đọc: bài viết rất hay và bổ ích cho cán bộ cơ sở.</p></div>
          </div>
          <footer id="footer">© 2024 Báo Dân Vận. Địa chỉ: Hà Nội.</footer>
          <noscript>Trình duyệt không hỗ trợ</noscript>
        </body>
        </html>
        """;

    private readonly HtmlReader _reader = new();

    [Fact]
    public async Task ReadAsync_NewsPageWithDebris_KeepsOnlyArticleText()
    {
        var document = await ReadAsync(NewsPage);

        Assert.Equal(
            [
                new Block(BlockKind.Heading, "Dân vận khéo ở xã vùng cao", 1),
                new Block(BlockKind.Paragraph, "05/03/2024"),
                new Block(BlockKind.Paragraph, "Những năm qua, cấp ủy và chính quyền xã đã vận động nhân dân hiến đất làm đường giao thông nông thôn."),
                new Block(BlockKind.Paragraph, "Nhờ làm tốt công tác dân vận, 12 km đường bê tông đã hoàn thành trước kế hoạch."),
            ],
            document.Blocks);
    }

    [Fact]
    public async Task ReadAsync_NewsPage_ReadsTitleAndMetadata()
    {
        var document = await ReadAsync(NewsPage);

        Assert.Equal("Dân vận khéo ở xã vùng cao", document.Title);
        Assert.Equal("2024-03-05", document.Metadata["published"]);
        Assert.Equal("Báo Dân Vận", document.Metadata["source"]);
        Assert.Equal("Minh Anh", document.Metadata["author"]);
        Assert.Equal("https://baodanvan.vn/dan-van-kheo.html", document.Metadata["url"]);
    }

    [Fact]
    public async Task ReadAsync_StructuredContent_MapsHeadingsListsTablesAndLineBreaks()
    {
        const string html = """
            <html><body><main>
              <h2>Nhiệm vụ <em>trọng tâm</em></h2>
              <ul><li>Nắm tình hình <b>nhân dân</b><ul><li>Ở thôn, bản</li></ul></li><li>Tuyên truyền</li></ul>
              <ol><li>Bước một</li></ol>
              <table><tr><th>Đơn vị</th><th>Số buổi</th></tr><tr><td>Xã A</td><td>12</td></tr><tr><td></td><td></td></tr></table>
              <div>Dòng thứ nhất<br>Dòng thứ hai<br/><br/>Dòng thứ ba</div>
              <p>Đoạn   có &nbsp; nhiều
                 khoảng trắng.</p>
            </main></body></html>
            """;

        var document = await ReadAsync(html);

        Assert.Equal(
            [
                new Block(BlockKind.Heading, "Nhiệm vụ trọng tâm", 2),
                new Block(BlockKind.ListItem, "Nắm tình hình nhân dân"),
                new Block(BlockKind.ListItem, "Ở thôn, bản"),
                new Block(BlockKind.ListItem, "Tuyên truyền"),
                new Block(BlockKind.ListItem, "Bước một"),
                new Block(BlockKind.TableRow, "Đơn vị | Số buổi"),
                new Block(BlockKind.TableRow, "Xã A | 12"),
                new Block(BlockKind.Paragraph, "Dòng thứ nhất"),
                new Block(BlockKind.Paragraph, "Dòng thứ hai"),
                new Block(BlockKind.Paragraph, "Dòng thứ ba"),
                new Block(BlockKind.Paragraph, "Đoạn có nhiều khoảng trắng."),
            ],
            document.Blocks);
    }

    [Fact]
    public async Task ReadAsync_NoSemanticContainer_PicksElementWithMostParagraphText()
    {
        const string html = """
            <html><head><title>Tin bài - Cổng thông tin</title></head><body>
              <div class="left"><p>Liên kết website: Sở Nội vụ, Sở Tư pháp, Sở Giáo dục.</p></div>
              <div class="detail">
                <p>Hội nghị tập huấn công tác dân vận năm 2024 đã diễn ra tại hội trường Tỉnh ủy với hơn 200 đại biểu.</p>
                <p>Các đại biểu đã được phổ biến quy chế dân chủ ở cơ sở và kỹ năng vận động quần chúng.</p>
              </div>
            </body></html>
            """;

        var document = await ReadAsync(html);

        Assert.Equal(2, document.Blocks.Count);
        Assert.StartsWith("Hội nghị tập huấn", document.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal("Tin bài - Cổng thông tin", document.Title);
    }

    [Fact]
    public async Task ReadAsync_TeaserArticlesAndLongDetailDiv_PrefersTheDetail()
    {
        var body = string.Join(' ', Enumerable.Repeat("Nội dung chính của bài viết về công tác dân vận ở cơ sở.", 10));
        var html = $"""
            <html><body>
              <div class="content-detail"><p>{body}</p><p>{body}</p></div>
              <div class="others"><article><p>Một tin ngắn khác ở cuối trang để đọc thêm.</p></article></div>
            </body></html>
            """;

        var document = await ReadAsync(html);

        Assert.Equal([body, body], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task ReadAsync_WebFormsPageWrappedInForm_KeepsContent()
    {
        const string html = """
            <html><body><form id="form1" method="post"><input type="hidden" name="__VIEWSTATE" value="abc">
              <div class="menu-top">Giới thiệu | Tin tức</div>
              <div id="content"><p>Văn bản hướng dẫn thực hiện quy chế dân chủ ở cơ sở trên địa bàn tỉnh.</p></div>
            </form></body></html>
            """;

        var document = await ReadAsync(html);

        Assert.Equal(["Văn bản hướng dẫn thực hiện quy chế dân chủ ở cơ sở trên địa bàn tỉnh."], document.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("<meta name=\"pubdate\" content=\"2023/11/20 10:00\">", "2023-11-20")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2022-01-31\">", "2022-01-31")]
    [InlineData("<meta property=\"article:published_time\" content=\"không rõ\">", null)]
    public async Task ReadAsync_PublishedMeta_NormalisedToIsoDate(string meta, string? expected)
    {
        var document = await ReadAsync($"<html><head>{meta}</head><body><p>Nội dung bài.</p></body></html>");

        Assert.Equal(expected, document.Metadata.GetValueOrDefault("published"));
    }

    [Fact]
    public async Task ReadAsync_TitleElementWithSiteSuffix_StripsSiteName()
    {
        const string html = """
            <html><head><title>Hội nghị dân vận | Tỉnh ủy Nghệ An</title><meta property="og:site_name" content="Tỉnh ủy Nghệ An"></head>
            <body><div><p>Nội dung hội nghị.</p></div></body></html>
            """;

        var document = await ReadAsync(html);

        Assert.Equal("Hội nghị dân vận", document.Title);
    }

    [Fact]
    public async Task ReadAsync_LegacyCharsetDeclared_DecodesWithDeclaredEncoding()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Señor Müller ß Ø</p></body></html>");

        var document = await _reader.ReadAsync(bytes, "page.htm", CancellationToken.None);

        Assert.Equal("Señor Müller ß Ø", document.Blocks.Single().Text);
    }

    [Fact]
    public async Task ReadAsync_Windows1258Page_DecodesVietnamese()
    {
        var bytes = ReaderTestFiles.EncodeWindows1258("<html><body><p>Đảng viên gương mẫu, nhân dân tin tưởng.</p></body></html>");

        var document = await _reader.ReadAsync(bytes, "cu.html", CancellationToken.None);

        Assert.Equal("Đảng viên gương mẫu, nhân dân tin tưởng.", document.Blocks.Single().Text);
    }

    [Theory]
    [InlineData("div", 100_000)]
    [InlineData("b", 1_000_000)]
    [InlineData("table", 100_000)]
    [InlineData("section", 1_001)]
    public async Task ReadAsync_NestedDeeperThanTheLimit_RefusedByStructureBeforeParsing(string tag, int depth)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => _reader.ReadAsync(HostileCorpus.NestedHtml(tag, depth), "sau.html", CancellationToken.None));

        Assert.Contains("lồng nhau quá 1000 cấp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NestedJustUnderTheLimit_IsRead()
    {
        var document = await _reader.ReadAsync(HostileCorpus.NestedHtml("div", 990), "sau.html", CancellationToken.None);

        Assert.Equal("Dân vận khéo.", document.Blocks.Single().Text);
    }

    [Fact]
    public async Task ReadAsync_ThousandsOfUnclosedParagraphsAndItemsCommentsAndScripts_NotMistakenForNesting()
    {
        var html = "<html><body><!-- " + string.Concat(Enumerable.Repeat("<div>", 5000)) + " --><script>var s = '"
            + string.Concat(Enumerable.Repeat("<span>", 5000)) + "';</script>"
            + string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>Đoạn {i} nói về dân vận.<ul><li>Mục {i}</ul><br>"))
            + "</body></html>";

        var document = await ReadAsync(html);

        Assert.Contains(document.Blocks, b => b.Text == "Đoạn 2999 nói về dân vận.");
    }

    [Fact]
    public async Task ReadAsync_ParseRunsPastTimeout_RefusedWithReason()
    {
        var reader = new HtmlReader(TimeSpan.FromTicks(1));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(
            () => reader.ReadAsync(HostileCorpus.NestedHtml("div", 990), "cham.html", CancellationToken.None));

        Assert.Contains("đọc quá", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><p>x</p>", "a.txt", true)]
    [InlineData("  <html><body>x</body></html>", "noext", true)]
    [InlineData("Văn bản thường", "trang.htm", true)]
    [InlineData("Văn bản thường có <b>thẻ</b>", "a.md", false)]
    public void CanRead_ContentOrExtension_DecidesHtml(string content, string fileName, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(Encoding.UTF8.GetBytes(content), fileName));
    }

    private Task<ParsedDocument> ReadAsync(string html) =>
        _reader.ReadAsync(Encoding.UTF8.GetBytes(html), "page.html", CancellationToken.None);
}
