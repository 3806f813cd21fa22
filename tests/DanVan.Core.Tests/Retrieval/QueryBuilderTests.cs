using System.Text.RegularExpressions;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Retrieval;

public sealed partial class QueryBuilderTests
{
    [GeneratedRegex(@"^""[a-z0-9 ]+""( OR ""[a-z0-9 ]+"")*$")]
    private static partial Regex SafeExpression();

    public static TheoryData<string> Hostile => new()
    {
        "\"dân vận\" OR \"",
        "dân AND vận NOT khéo NEAR(a b, 3)",
        "title:dân* ^vận",
        "(((((",
        "body : MATCH 'x'; DROP TABLE passages;--",
        "<script>alert('x')</script> dân vận",
        "dân\u0000vận\u0007",
        "👍🏽 dân vận 🇻🇳",
        "\"\"\"\"",
        "* OR * AND ^",
        "{title section}: dân",
        "-dân +vận",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Build_HostileText_OnlyQuotedPhrasesJoinedByOr(string question)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty);
        if (query.MatchExpression is not null)
        {
            Assert.Matches(SafeExpression(), query.MatchExpression);
        }
    }

    [Fact]
    public void Build_Question_DropsFunctionWordsAndKeepsPairs()
    {
        var query = QueryBuilder.Build("Quy chế dân chủ ở cơ sở là gì?", Vocabulary.Empty);
        Assert.Equal(["quy", "che", "dan", "chu", "co", "so"], query.Terms.Select(t => t.Key));
        Assert.Contains(query.Pairs, p => p.Key == "dan chu");
        Assert.Contains(query.Pairs, p => p.Key == "co so");
        Assert.DoesNotContain(query.Pairs, p => p.Key.Contains(" o", StringComparison.Ordinal) || p.Key.StartsWith("o ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Abbreviation_IsSearchedAsItsExpansion()
    {
        var query = QueryBuilder.Build("CTDV ở MTTQ", Vocabulary.Empty);
        Assert.Contains(query.Pairs, p => p.Key == "dan van");
        Assert.Contains(query.Pairs, p => p.Key == "to quoc");
        Assert.DoesNotContain(query.Terms, t => t.Key == "ctdv");
    }

    [Fact]
    public void Build_TelexResidue_IsCorrectedAgainstVocabulary()
    {
        var vocabulary = new Vocabulary(new Dictionary<string, int> { ["dan"] = 50, ["van"] = 40, ["doan"] = 5 }, 100);
        var query = QueryBuilder.Build("daan vaan", vocabulary);
        Assert.Equal(["dan", "van"], query.Terms.Select(t => t.Key));
    }

    [Fact]
    public void Build_RealWordOutsideVocabulary_IsNotBentIntoAKnownOne()
    {
        var vocabulary = new Vocabulary(new Dictionary<string, int> { ["van"] = 40, ["gia"] = 10 }, 100);
        var query = QueryBuilder.Build("giá vàng", vocabulary);
        Assert.Contains(query.Terms, t => t.Key == "vang");
    }

    [Fact]
    public void Build_YearsAndProvinces_AreRecognised()
    {
        var query = QueryBuilder.Build("lop tap huan o ha nam nam 2022", Vocabulary.Empty);
        Assert.Equal(["2022"], query.Years);
        Assert.Equal(["Hà Nam"], query.Provinces);
    }

    [Fact]
    public void Build_VeryLongQuestion_IsBounded()
    {
        var question = string.Concat(Enumerable.Repeat("dân vận khéo ở cơ sở năm 2016 ", 400));
        var query = QueryBuilder.Build(question, Vocabulary.Empty);
        Assert.True(query.Terms.Count <= QueryBuilder.MaxTerms);
        Assert.True(query.Pairs.Count <= QueryBuilder.MaxPairs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("là gì vậy?")]
    [InlineData("???!!!")]
    public void Build_NothingToSearch_IsEmpty(string question) =>
        Assert.True(QueryBuilder.Build(question, Vocabulary.Empty).IsEmpty);
}

public sealed class QueryBuilderPruningTests
{
    [Fact]
    public void Build_LargeCorpus_DropsPhrasesTooCommonToDiscriminateButKeepsTheRarest()
    {
        var frequency = new Dictionary<string, int> { ["dan"] = 9000, ["van"] = 9000, ["kheo"] = 300, ["ca"] = 5000, ["mau"] = 200, ["phong"] = 8000, ["trao"] = 8000 };
        var query = QueryBuilder.Build("phong trào dân vận khéo Cà Mau", new Vocabulary(frequency, 10_000));

        Assert.Contains("\"kheo\"", query.MatchExpression, StringComparison.Ordinal);
        Assert.Contains("\"mau\"", query.MatchExpression, StringComparison.Ordinal);
        Assert.DoesNotContain("\"dan\"", query.MatchExpression, StringComparison.Ordinal);
        Assert.Contains(query.Terms, t => t.Key == "dan");
    }

    [Fact]
    public void Build_SmallCorpus_MatchesEveryPhrase()
    {
        var frequency = new Dictionary<string, int> { ["dan"] = 90, ["van"] = 90, ["kheo"] = 3 };
        var query = QueryBuilder.Build("dân vận khéo", new Vocabulary(frequency, 100));
        Assert.Contains("\"dan\"", query.MatchExpression, StringComparison.Ordinal);
    }
}
