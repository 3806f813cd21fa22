using DanVan.Bot.Messaging.Replies;

namespace DanVan.Bot.Tests.Messaging.Replies;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d")]
    [InlineData("<b>đậm</b>", "&lt;b&gt;đậm&lt;/b&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("Không có gì đặc biệt \"ở\" đây", "Không có gì đặc biệt \"ở\" đây")]
    [InlineData("", "")]
    public void Escape_SpecialCharacters_Escaped(string text, string expected) => Assert.Equal(expected, TelegramHtml.Escape(text));

    [Fact]
    public void EscapeAttribute_Quote_Escaped() => Assert.Equal("a&quot;b&amp;c", TelegramHtml.EscapeAttribute("a\"b&c"));

    [Theory]
    [InlineData("x < y & \"z\" > 1 &amp; 👍")]
    [InlineData("<b>không phải thẻ</b>")]
    public void ToPlainText_OfEscapedText_RoundTrips(string text) => Assert.Equal(text, TelegramHtml.ToPlainText(TelegramHtml.Escape(text)));

    [Fact]
    public void ToPlainText_Markup_RemovesTagsAndDecodesEntities() =>
        Assert.Equal("Nguồn: a<b & c", TelegramHtml.ToPlainText("<b>Nguồn:</b> <a href=\"https://x.y/?a=1&amp;b\">a&lt;b</a> &amp; c"));
}
