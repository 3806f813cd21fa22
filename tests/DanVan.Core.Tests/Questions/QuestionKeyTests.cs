using DanVan.Core.Questions;

namespace DanVan.Core.Tests.Questions;

public sealed class QuestionKeyTests
{
    [Theory]
    [InlineData("Ai là Trưởng ban Dân vận Tỉnh ủy?", "truong ban dan van la ai tinh uy")]
    [InlineData("Giá vàng hôm nay?", "gia vang hom nay")]
    public void For_SameQuestionTypedDifferently_SameKey(string typed, string other)
    {
        Assert.Equal(QuestionKey.For(typed), QuestionKey.For(other));
    }

    [Fact]
    public void For_DropsFunctionWordsAndSortsTerms()
    {
        Assert.Equal("dan truong van", QuestionKey.For("Ai là Trưởng ban Dân vận?"));
        Assert.Equal(string.Empty, QuestionKey.For("là gì?"));
    }
}
