using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// Readings of a question typed without diacritics that must not differ from the question typed with them, each built
/// from the materials' text: the index's syllables and pairs decide, not a list of questions.
/// </summary>
public sealed class FoldedReadingTests
{
    // From the Quảng Trị course's report: the city Đông Hà, then the year.
    private const string QuangTri = "Sáng 17/5, tại thành phố Đông Hà, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức lớp tập huấn kỹ năng xây dựng, nhân rộng mô hình “Dân vận khéo” năm 2023.";

    // From the Hà Nam course's report, where the province and the year stand side by side.
    private const string HaNam = "Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2022 tại tỉnh Hà Nam.";

    /// <summary>An index of one text: its folded syllables and syllable pairs, each once.</summary>
    internal static Vocabulary IndexOf(params string[] texts)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tokens in texts.Select(Tokenizer.Tokenize))
        {
            foreach (var term in tokens.Concat(tokens.Zip(tokens.Skip(1), IndexText.Pair)))
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        return new Vocabulary(frequency, 100);
    }

    [Theory]
    [InlineData("Lớp tập huấn tại thành phố Đông Hà năm 2023 có bao nhiêu học viên?")]
    [InlineData("Lop tap huan tai thanh pho Dong Ha nam 2023 co bao nhieu hoc vien?")]
    [InlineData("lop tap huan tai thanh pho dong ha nam 2023 co bao nhieu hoc vien")]
    public void Build_PlaceBeforeTheYearWord_NamesNoProvinceAcrossTheWordBoundary(string question)
    {
        var query = QueryBuilder.Build(question, IndexOf(QuangTri, HaNam));

        Assert.Empty(query.Provinces);
        Assert.Equal(["2023"], query.Years);
    }

    [Theory]
    [InlineData("Hà Nam năm 2022 tập huấn nghiệp vụ công tác dân vận cho ai?")]
    [InlineData("Ha Nam nam 2022 tap huan nghiep vu cong tac dan van cho ai?")]
    [InlineData("tap huan o tinh ha nam nam 2022 cho ai")]
    [InlineData("tap huan o ha nam 2022 cho ai")]
    [InlineData("nghiep vu dan van ha nam 2022")]
    public void Build_ProvinceBeforeAYear_IsStillNamed(string question) =>
        Assert.Equal(["Hà Nam"], QueryBuilder.Build(question, IndexOf(QuangTri, HaNam)).Provinces);

    [Fact]
    public void Build_SyllableTypedWithOtherMarks_IsNoSyllableOfTheName()
    {
        var vocabulary = IndexOf(QuangTri, HaNam);

        Assert.Empty(QueryBuilder.Build("Tập huấn dân vận ở Đông Hà năm nay thế nào?", vocabulary).Provinces);
        Assert.Equal(["Thanh Hóa"], QueryBuilder.Build("Tập huấn dân vận ở Thanh Hoá thế nào?", vocabulary).Provinces);
    }
}
