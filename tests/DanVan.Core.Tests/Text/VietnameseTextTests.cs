using System.Text;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Dân vận khéo", "dan van kheo")]
    [InlineData("ĐẢNG ỦY Đồng chí", "dang uy dong chi")]
    [InlineData("Quy chế dân chủ ở cơ sở", "quy che dan chu o co so")]
    [InlineData("Thừa Thiên Huế", "thua thien hue")]
    public void Fold_VietnameseText_RemovesMarksAndFoldsDStroke(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Fold_DecomposedInput_EqualsFoldOfComposed()
    {
        var composed = "Tập huấn nghiệp vụ";
        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(composed.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Normalize_NoBreakAndZeroWidthAndControls_AreCleaned()
    {
        var text = "Dân\u00A0vận\u200B khéo\u0007\r\nTập\u2028huấn";
        Assert.Equal("Dân vận khéo\nTập\nhuấn", VietnameseText.Normalize(text));
    }

    [Fact]
    public void Normalize_CleanText_IsReturnedAsItIsAndACleanPrefixIsKept()
    {
        var clean = "Dân vận khéo\nTập huấn nghiệp vụ\t2023";
        Assert.Same(clean, VietnameseText.Normalize(clean));
        var prefix = new string('a', 500) + " Dân vận";
        Assert.Equal(prefix + " khéo\nx", VietnameseText.Normalize(prefix + "\u00A0khéo\r\n\u200Bx"));
    }

    [Fact]
    public void Normalize_DecomposedText_BecomesNfc()
    {
        var decomposed = "Dân vận".Normalize(NormalizationForm.FormD);
        var normalized = VietnameseText.Normalize(decomposed);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Dân vận", normalized);
    }

    [Fact]
    public void Normalize_LoneSurrogate_IsDroppedButEmojiKept()
    {
        var text = "a\uD800b 👍";
        Assert.Equal("ab 👍", VietnameseText.Normalize(text));
    }

    [Theory]
    [InlineData("Dân vận", true)]
    [InlineData("dan van", false)]
    [InlineData("đ", true)]
    public void HasDiacritics_DetectsMarks(string text, bool expected) =>
        Assert.Equal(expected, VietnameseText.HasDiacritics(text));

    [Theory]
    [InlineData("hoà", "hòa", true)] // tone mark placed on another vowel
    [InlineData("kỹ", "kĩ", true)] // final y/i
    [InlineData("Vận", "vận", true)]
    [InlineData("thống", "thông", false)] // tradition / communication
    [InlineData("vận", "vạn", false)]
    [InlineData("đảng", "dang", false)]
    public void SpellingKey_SameWordDespiteSpellingVariants_DifferentWordOtherwise(string a, string b, bool same)
    {
        static string Key(string s) => VietnameseText.SpellingKey(s, Tokenizer.Tokenize(s)[0]);
        Assert.Equal(same, Key(a) == Key(b));
    }

    [Theory]
    [InlineData("Lớp  bồi dưỡng (đợt 1)", "lop boi duong dot 1")]
    [InlineData("  Hoà -- HÒA  hoa ", "hoa hoa hoa")]
    [InlineData("Đảng\u0336 ủy", "dang uy")] // a stray combining mark is dropped, not a word break
    [InlineData("", "")]
    public void FoldWords_CaseDiacriticsAndPunctuation_Ignored(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.FoldWords(text));
}
