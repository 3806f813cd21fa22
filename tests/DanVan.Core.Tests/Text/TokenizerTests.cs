using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_MixedText_ReturnsFoldedSyllables()
    {
        Assert.Equal(["chi", "thi", "16", "2016", "ct", "ttg"], Tokenizer.Tokenize("Chỉ thị 16/2016/CT-TTg"));
    }

    [Theory]
    [InlineData("kỹ năng", "ki nang")]
    [InlineData("kĩ năng", "ki nang")]
    [InlineData("quy chế", "quy che")]
    [InlineData("Lý luận", "li luan")]
    public void Tokenize_FinalYAfterConsonant_FoldsToI(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Tokenizer.Tokenize(text)));

    [Fact]
    public void TokenizeTyped_KeepsTypedFormBesideFolded()
    {
        var tokens = Tokenizer.TokenizeTyped("Của CUA");
        Assert.Equal([new QueryToken("của", "cua"), new QueryToken("cua", "cua")], tokens);
    }

    [Fact]
    public void Tokenize_VeryLongRun_IsTruncatedNotRejected()
    {
        var tokens = Tokenizer.Tokenize(new string('a', 500) + " b");
        Assert.Equal(2, tokens.Count);
        Assert.Equal(64, tokens[0].Length);
    }

    [Fact]
    public void Tokenize_OnlyPunctuationAndEmoji_ReturnsNothing() =>
        Assert.Empty(Tokenizer.Tokenize("\"*^:()!! 👍 ???"));
}
