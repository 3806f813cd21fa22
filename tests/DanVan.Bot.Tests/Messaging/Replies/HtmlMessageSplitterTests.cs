using System.Text;
using DanVan.Bot.Messaging.Replies;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging.Replies;

public sealed class HtmlMessageSplitterTests
{
    [Fact]
    public void Split_ShortText_ReturnsItUnchanged()
    {
        Assert.Equal(["<b>Chào</b> &amp; hẹn gặp"], HtmlMessageSplitter.Split("<b>Chào</b> &amp; hẹn gặp"));
    }

    [Fact]
    public void Split_WhitespaceOnly_ReturnsNothing()
    {
        Assert.Empty(HtmlMessageSplitter.Split(" \n<b> </b>\n"));
    }

    [Fact]
    public void Split_Paragraphs_BreaksOnlyBetweenParagraphs()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"Đoạn {i}. " + string.Concat(Enumerable.Repeat("Cán bộ gần dân, hiểu dân. ", 8)).TrimEnd()).ToList();
        var html = string.Join("\n\n", paragraphs);

        var chunks = HtmlMessageSplitter.Split(html);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(c.Length <= HtmlMessageSplitter.TelegramMaxLength));
        Assert.Equal(paragraphs, chunks.SelectMany(c => c.Split("\n\n")));
    }

    [Fact]
    public void Split_OneLongParagraph_BreaksAfterSentences()
    {
        var sentences = Enumerable.Range(1, 200).Select(i => $"Câu số {i} nói về công tác dân vận ở cơ sở.").ToList();

        var chunks = HtmlMessageSplitter.Split(string.Join(' ', sentences), maxLength: 1000);

        Assert.True(chunks.Count > 5);
        Assert.All(chunks, c => Assert.EndsWith(".", c, StringComparison.Ordinal));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', chunks));
    }

    [Fact]
    public void Split_BoldAcrossBoundary_ClosesAndReopensSoEachChunkIsValid()
    {
        var html = "<b>" + string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Ý {i}: nội dung quan trọng cần nhớ.")) + "</b>";

        var chunks = HtmlMessageSplitter.Split(html, maxLength: 300);

        Assert.True(chunks.Count > 2);
        Assert.All(chunks, c =>
        {
            Assert.StartsWith("<b>", c, StringComparison.Ordinal);
            Assert.EndsWith("</b>", c, StringComparison.Ordinal);
            Assert.NotNull(FakeTelegramHtml.TryParse(c, out var error));
            Assert.Null(error);
        });
    }

    [Fact]
    public void Split_EntitiesWithoutSpaces_NeverCutsAnEntity()
    {
        var html = string.Concat(Enumerable.Repeat("a&amp;&lt;&gt;&quot;&#39;", 400));

        var chunks = HtmlMessageSplitter.Split(html, maxLength: 100);

        Assert.All(chunks, c => Assert.NotNull(FakeTelegramHtml.TryParse(c, out _)));
        Assert.Equal(html, string.Concat(chunks));
    }

    [Fact]
    public void Split_EmojiWithoutSpaces_NeverSplitsASurrogatePair()
    {
        var html = string.Concat(Enumerable.Repeat("👍🇻🇳", 500));

        var chunks = HtmlMessageSplitter.Split(html, maxLength: 99);

        Assert.All(chunks, c =>
        {
            Assert.False(char.IsLowSurrogate(c[0]));
            Assert.False(char.IsHighSurrogate(c[^1]));
        });
        Assert.Equal(html, string.Concat(chunks));
    }

    [Theory]
    [InlineData("👍🏽")]
    [InlineData("🇻🇳")]
    [InlineData("e\u0301\u0323")]
    public void Split_GraphemesWithoutSpaces_NeverSplitsAGrapheme(string grapheme)
    {
        var html = "x" + string.Concat(Enumerable.Repeat(grapheme, 500));

        var chunks = HtmlMessageSplitter.Split(html, maxLength: 100);

        Assert.All(chunks.Skip(1), c => Assert.StartsWith(grapheme, c, StringComparison.Ordinal));
        Assert.Equal(html, string.Concat(chunks));
    }

    [Fact]
    public void Split_RandomMarkup_EveryChunkValidWithinLimitAndTextPreserved()
    {
        var random = new Random(20250301);
        for (var round = 0; round < 30; round++)
        {
            var html = RandomHtml(random, random.Next(2000, 15000));
            var max = random.Next(200, 4097);

            var chunks = HtmlMessageSplitter.Split(html, max);

            var plain = new StringBuilder();
            foreach (var chunk in chunks)
            {
                Assert.True(chunk.Length <= max, $"chunk of {chunk.Length} > {max}");
                var text = FakeTelegramHtml.TryParse(chunk, out var error);
                Assert.True(text is not null, $"invalid chunk ({error}): {chunk}");
                plain.Append(text).Append(' ');
            }

            Assert.Equal(Words(TelegramHtml.ToPlainText(html)), Words(plain.ToString()));
        }
    }

    private static string RandomHtml(Random random, int length)
    {
        string[] words = ["dân", "vận", "khéo", "cán", "bộ", "&amp;", "&lt;thôn&gt;", "👍", "Nghị", "quyết.", "xã;", "hộ?", "1&#39;2"];
        string[] tags = ["b", "i", "u", "code"];
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            var roll = random.Next(20);
            if (roll == 0)
            {
                builder.Append("\n\n");
            }
            else if (roll == 1)
            {
                builder.Append('\n');
            }
            else if (roll == 2)
            {
                var tag = tags[random.Next(tags.Length)];
                builder.Append('<').Append(tag).Append('>')
                    .Append(string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => words[random.Next(words.Length)])))
                    .Append("</").Append(tag).Append("> ");
            }
            else if (roll == 3)
            {
                builder.Append("<a href=\"https://example.org/?a=1&amp;b=2\">liên kết</a> ");
            }
            else
            {
                builder.Append(words[random.Next(words.Length)]).Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
