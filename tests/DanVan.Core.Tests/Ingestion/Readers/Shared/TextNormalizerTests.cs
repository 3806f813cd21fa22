using DanVan.Core.Ingestion.Readers.Shared;

namespace DanVan.Core.Tests.Ingestion.Readers.Shared;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("trang 1\ftrang 2", "trang 1\ntrang 2")]
    [InlineData("a\u2028b\u2029c", "a\nb\nc")]
    [InlineData("x\u00A0y\u2009z\u202Fw\u3000v", "x y z w v")]
    [InlineData("dân\u200Bvận\u200D\uFEFF\u00AD", "dânvận")]
    [InlineData("a\u0000b\u001Bc\u007Fd\u0085e", "abcd\ne")]
    [InlineData("giữ\ttab", "giữ\ttab")]
    public void Normalize_Input_CleansCharacters(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_DecomposedVietnamese_ComposesToNfc()
    {
        var decomposed = "Nguyễn Ái Quốc".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("Nguyễn Ái Quốc", TextNormalizer.Normalize(decomposed));
    }

    [Fact]
    public void Normalize_LoneSurrogate_IsDroppedInsteadOfThrowing()
    {
        Assert.Equal("ab", TextNormalizer.Normalize("a\uD800b"));
    }

    [Fact]
    public void Inline_LineBreaksTabsAndRuns_BecomeSingleSpaces()
    {
        Assert.Equal("một hai ba", TextNormalizer.Inline("  một\n\n hai\t\u00A0ba \r\n"));
    }
}
