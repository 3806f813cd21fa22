using System.Text;
using DanVan.Benchmarks.Peer;

namespace DanVan.Core.Tests.Benchmarks;

/// <summary>The Lucene.Net peer's analysis (bench/DanVan.Benchmarks): folding, đ → d, syllable pairs.</summary>
public sealed class VietnameseAnalyzerTests
{
    private readonly VietnameseAnalyzer _analyzer = new();

    [Fact]
    public void Terms_FoldDiacriticsAndDStroke_AndPairAdjacentSyllables()
    {
        var terms = _analyzer.Terms("text", "Công tác Dân vận ở Đắk Lắk");

        Assert.Equal(
            ["cong", "cong tac", "tac", "tac dan", "dan", "dan van", "van", "van o", "o", "o dak", "dak", "dak lak", "lak"],
            terms);
    }

    [Fact]
    public void Terms_OfTextWithoutDiacriticsOrDecomposed_AreTheSame()
    {
        const string Text = "Đồng chí phát biểu khai mạc lớp bồi dưỡng";
        var expected = _analyzer.Terms("text", Text);

        Assert.Equal(expected, _analyzer.Terms("text", "dong chi phat bieu khai mac lop boi duong"));
        Assert.Equal(expected, _analyzer.Terms("text", Text.Normalize(NormalizationForm.FormD)));
        Assert.DoesNotContain(expected, t => t.Any(c => c > 127));
    }
}
