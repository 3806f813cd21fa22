using System.Globalization;
using System.Text;
using DanVan.Benchmarks.Hostile;
using DanVan.Core.Documents;
using DanVan.Core.Ingestion.Readers;
using DanVan.Core.Ingestion;

namespace DanVan.Core.Tests.Documents;

/// <summary>Text without sentence ends still becomes passages of bounded length, cut at the best available place.</summary>
public sealed class PassageCutterTests
{
    [Fact]
    public void Cut_LinesPresent_CutsAtLineBreaksFirst()
    {
        var lines = Enumerable.Range(0, 30).Select(i => $"Mục {i}, cán bộ dân vận; xã {i}").ToList();

        var pieces = PassageCutter.Cut(string.Join('\n', lines), 200).ToList();

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(p.Length <= 200));
        Assert.Equal(lines, pieces.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void Cut_NoLineBreaks_CutsAfterClausePunctuationBeforePlainSpaces()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"tổ {i} họp dân; bàn việc làm đường"));

        var pieces = PassageCutter.Cut(text, 150).ToList();

        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(";", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Fact]
    public void Cut_OnlySpaces_CutsBetweenWords()
    {
        var text = string.Join(' ', Enumerable.Repeat("dân", 500));

        var pieces = PassageCutter.Cut(text, 100).ToList();

        Assert.All(pieces, p => Assert.True(p.Length <= 100 && !p.StartsWith(' ') && p.EndsWith("dân", StringComparison.Ordinal)));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Theory]
    [InlineData("👍🏽")]
    [InlineData("e\u0301")]
    [InlineData("🇻🇳")]
    [InlineData("ệ")]
    public void Cut_SingleGiantToken_CutsAtGraphemeBoundariesOnly(string grapheme)
    {
        var text = string.Concat(Enumerable.Repeat(grapheme, 3000));

        var pieces = PassageCutter.Cut(text, 100).ToList();

        Assert.All(pieces, p =>
        {
            Assert.True(p.Length is > 0 and <= 100);
            Assert.Equal(0, p.Length % grapheme.Length);
            Assert.Equal(p.Length / grapheme.Length, new StringInfo(p).LengthInTextElements);
        });
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Split_OneSentenceOf200Kilobytes_BecomesManyBoundedPassagesKeepingEveryWord()
    {
        var text = HostileCorpus.OneSentence(200 * 1024);

        var chunks = Chunker.Split([new Block(BlockKind.Paragraph, text)]);

        Assert.True(chunks.Count > 200, $"{chunks.Count} passages");
        Assert.All(chunks, c => Assert.True(c.Text.Length <= Chunker.MaxChars));
        Assert.Equal(Words(text), chunks.SelectMany(c => Words(c.Text)));
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public void Split_FourteenMegabyteSingleLine_EveryPassageBounded()
    {
        var text = HostileCorpus.OneSentence(14 * 1024 * 1024);

        var chunks = Chunker.Split([new Block(BlockKind.Paragraph, text)]);

        Assert.True(chunks.Count >= text.Length / Chunker.MaxChars);
        Assert.All(chunks, c => Assert.True(c.Text.Length <= Chunker.MaxChars));
        Assert.Equal(text.Length, chunks.Sum(c => c.Text.Length) + chunks.Count - 1, tolerance: chunks.Count);
    }

    [Fact]
    public void Split_GiantHeading_SectionIsClipped()
    {
        var heading = string.Join(' ', Enumerable.Repeat("tiêu đề", 5000));

        var chunks = Chunker.Split([new Block(BlockKind.Heading, heading, 1), new Block(BlockKind.Paragraph, "Nội dung.")]);

        var chunk = Assert.Single(chunks);
        Assert.True(chunk.Section!.Length <= Chunker.MaxHeadingChars);
        Assert.EndsWith("…", chunk.Section, StringComparison.Ordinal);
    }

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
