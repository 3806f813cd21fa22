using System.Text.RegularExpressions;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

public sealed partial class QueryBuilderTests
{
    // Quoted index tokens (syllables, or pairs joined by '_'), alone or AND-ed in one flat group, joined by OR.
    [GeneratedRegex(@"^(""[a-z0-9_]+""|\(""[a-z0-9_]+""( AND ""[a-z0-9_]+"")+\))( OR (""[a-z0-9_]+""|\(""[a-z0-9_]+""( AND ""[a-z0-9_]+"")+\)))*$")]
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
    public void Build_HostileText_OnlyQuotedTokensJoinedByOrAndAnd(string question)
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

    [Theory]
    [InlineData("lớp Ninh Bình bắt đầu buổi nào, sáng hay chiều, hôm nào", "buoi", "sang", "chieu", "hom")] // asking a day
    [InlineData("lop ninh binh bat dau bua nao", "bua")]
    [InlineData("lớp Ninh Bình dành cho đối tượng nào", "doi", "tuong", "danh")] // asking who attends
    [InlineData("lop ca mau hoc nhung mang gi, liet ke giup", "mang", "liet", "ke")] // asking a list
    public void Build_AskingForms_AreNotSearched(string question, params string[] asking)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty);
        Assert.Contains(query.Terms, t => t.Key == "binh" || t.Key == "ca");
        Assert.All(asking, word => Assert.DoesNotContain(query.Terms, t => t.Key == word));
    }

    [Fact]
    public void Build_Abbreviation_IsSearchedAsItsExpansion()
    {
        var query = QueryBuilder.Build("CTDV ở MTTQ", Vocabulary.Empty);
        Assert.Contains(query.Pairs, p => p.Key == "dan van");
        Assert.Contains(query.Pairs, p => p.Key == "to quoc");
        Assert.DoesNotContain(query.Terms, t => t.Key == "ctdv");
    }

    [Theory]
    [InlineData("HĐND xã tiếp xúc cử tri khi nào", "hdnd", "nhan dan")] // typed with Đ, as cadres write it
    [InlineData("BCĐ phong trào thi đua", "bcd", "chi dao")]
    [InlineData("CTDV trong các CQNN", "cqnn", "nha nuoc")]
    [InlineData("lớp có bao nhiêu HV", "hv", "hoc vien")]
    [InlineData("do ai làm BCV", "bcv", "bao cao")]
    [InlineData("giải quyết đơn thư KNTC", "kntc", "khieu nai")]
    public void Build_AbbreviationTypedWithD_IsSearchedAsItsExpansion(string question, string abbreviation, string pair)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty);
        Assert.Contains(query.Pairs, p => p.Key == pair);
        Assert.DoesNotContain(query.Terms, t => t.Key == abbreviation);
    }

    [Fact]
    public void Build_AbbreviationWithTwoReadings_SearchesBoth()
    {
        // "ĐB" is đại biểu (of HĐND) or đồng bào (dân tộc thiểu số): both are searched ("ĐB DTTS" together is the
        // compound ĐBDTTS, đồng bào dân tộc thiểu số).
        var query = QueryBuilder.Build("ĐB vùng DTTS", Vocabulary.Empty);
        Assert.Contains(query.Terms, t => t.Phrases.Contains("dai bieu") && t.Phrases.Contains("dong bao"));
        Assert.DoesNotContain(query.Terms, t => t.Key == "db");
    }

    [Fact]
    public void Build_WordWithDAndVowels_IsNotTakenForAnAbbreviation()
    {
        // "đi" and "đu" are words, not short forms: only letters without vowels ("HĐND", "BCĐ") read as abbreviations.
        Assert.True(Abbreviations.IsTypedAsAbbreviation(new QueryToken("hđnd", "hdnd")));
        Assert.False(Abbreviations.IsTypedAsAbbreviation(new QueryToken("đi", "di")));
        Assert.False(Abbreviations.IsTypedAsAbbreviation(new QueryToken("hội", "hoi")));
        Assert.True(Abbreviations.IsTypedAsAbbreviation(new QueryToken("ctdv", "ctdv")));
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
    public void Build_LargeCorpus_MatchesAPairAsOneTokenCostedByItsOwnFrequency()
    {
        // "dân" and "vận" are everywhere, but the word "dân vận" is in few passages: it is matched, the syllables are not.
        var frequency = new Dictionary<string, int> { ["dan"] = 9900, ["van"] = 9900, ["dan_van"] = 400, ["kheo"] = 300, ["van_kheo"] = 250 };
        var query = QueryBuilder.Build("dân vận khéo", new Vocabulary(frequency, 10_000));

        // "khéo léo", the other reading of "khéo", is in no passage: it is not matched (see below).
        Assert.Equal("\"van_kheo\" OR \"kheo\" OR \"dan_van\"", query.MatchExpression);
        Assert.False(query.ByRecency);
    }

    [Fact]
    public void Build_LargeCorpus_LeavesPhrasesInNoPassageOutOfTheMatchButScoresThem()
    {
        // "khéo léo" (a reading of "khéo") and the pair "khéo Cà" are in no passage: they would find nothing, yet FTS5
        // would look them up in every segment. Re-ranking still counts them.
        var frequency = new Dictionary<string, int> { ["dan_van"] = 400, ["kheo"] = 300, ["van_kheo"] = 250, ["ca_mau"] = 100, ["mau"] = 120 };
        var query = QueryBuilder.Build("dân vận khéo Cà Mau", new Vocabulary(frequency, 10_000));

        Assert.DoesNotContain("kheo_leo", query.MatchExpression, StringComparison.Ordinal);
        Assert.DoesNotContain("kheo_ca", query.MatchExpression, StringComparison.Ordinal);
        Assert.Contains("\"ca_mau\"", query.MatchExpression, StringComparison.Ordinal);
        Assert.Contains(query.Terms, t => t.Phrases.Contains("kheo leo"));
        Assert.Contains(query.Pairs, p => p.Key == "kheo ca");
    }

    [Fact]
    public void Build_LargeCorpus_ALongerReadingWithAPairInNoPassage_IsNotMatched()
    {
        // "lớp bồi dưỡng" (a reading of "khóa học") needs "bồi dưỡng" too, which no passage holds: it can match nothing.
        var frequency = new Dictionary<string, int> { ["khoa_hoc"] = 200, ["lop_boi"] = 40 };
        var query = QueryBuilder.Build("khóa học", new Vocabulary(frequency, 100_000));

        Assert.DoesNotContain("lop_boi", query.MatchExpression, StringComparison.Ordinal);
        Assert.Contains("\"khoa_hoc\"", query.MatchExpression, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LargeCorpusNothingInTheIndex_StillSearches()
    {
        // Nothing the question names is in any passage: the search still runs (and finds nothing), it is not empty.
        var query = QueryBuilder.Build("dân vận khéo", new Vocabulary(new Dictionary<string, int> { ["ca"] = 10 }, 10_000));

        Assert.False(query.IsEmpty);
        Assert.DoesNotContain(" OR ", query.MatchExpression, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, false)] // below the pruning size the vocabulary is re-read before a search after any ingestion
    [InlineData(10_000, true)] // a large index changed and is being re-counted: a word may be in a passage just added
    public void Build_VocabularyThatMayLackAWord_MatchesPhrasesInNoPassageToo(int passages, bool behindIndex)
    {
        var vocabulary = new Vocabulary(new Dictionary<string, int> { ["dan_van"] = 40, ["kheo"] = 30, ["van_kheo"] = 25 }, passages);
        if (behindIndex)
        {
            vocabulary.MarkBehindIndex();
        }

        var query = QueryBuilder.Build("dân vận khéo", vocabulary);

        Assert.Contains("\"kheo_leo\"", query.MatchExpression, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LargeCorpusOnlyCommonWords_MatchesTheRarestTogether()
    {
        var frequency = new Dictionary<string, int>
        {
            ["cong"] = 9000, ["tac"] = 9000, ["dan"] = 9900, ["van"] = 9900, ["cong_tac"] = 8800, ["tac_dan"] = 8500, ["dan_van"] = 9800,
        };
        var query = QueryBuilder.Build("công tác dân vận", new Vocabulary(frequency, 10_000));

        Assert.Matches(@"^\(""[a-z_]+"" AND ""[a-z_]+""( AND ""[a-z_]+"")*\)$", query.MatchExpression!);
        Assert.Equal("(\"tac_dan\" AND \"cong_tac\" AND \"dan_van\")", query.MatchExpression);
        Assert.True(query.ByRecency);
    }

    [Fact]
    public void Build_LongerPhrase_IsAllItsPairsTogether()
    {
        // "khai giảng" has the synonym "khai mạc"; "lớp bồi dưỡng" (three syllables) is matched by both of its pairs.
        var query = QueryBuilder.Build("khóa học", Vocabulary.Empty);
        Assert.Contains("(\"lop_boi\" AND \"boi_duong\")", query.MatchExpression, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5000, false)]
    [InlineData(100, true)]
    public void Build_LargeCorpusLongerPhrase_IsMatchedOnlyWhenAllItsPairsFitTheBudget(int commonPairFrequency, bool matched)
    {
        // "lớp bồi dưỡng" (a reading of "khóa học") is in 40 passages, but ranking it reads every passage of each pair.
        var frequency = new Dictionary<string, int> { ["khoa_hoc"] = 200, ["lop_boi"] = 40, ["boi_duong"] = commonPairFrequency };
        var query = QueryBuilder.Build("khóa học", new Vocabulary(frequency, 100_000));

        Assert.Equal(matched, query.MatchExpression!.Contains("(\"lop_boi\" AND \"boi_duong\")", StringComparison.Ordinal));
        Assert.Contains("\"khoa_hoc\"", query.MatchExpression, StringComparison.Ordinal);
        Assert.Contains(query.Pairs.Concat(query.Terms), g => g.Phrases.Contains("lop boi duong"));
    }

    [Fact]
    public void Build_SmallCorpus_MatchesEveryPhrase()
    {
        var frequency = new Dictionary<string, int> { ["dan"] = 90, ["van"] = 90, ["kheo"] = 3 };
        var query = QueryBuilder.Build("dân vận khéo", new Vocabulary(frequency, 100));
        Assert.Contains("\"dan\"", query.MatchExpression, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lớp năm 2013 (không phải lớp năm 2016) học gì?", "2013", "2016")]
    [InlineData("Lớp ở Đắk Nông, không phải lớp ở Cà Mau, có mấy học viên?", "Đắk Nông", "Cà Mau")]
    [InlineData("Ai khai mạc lớp ở Tuyên Quang chứ không phải ở Quảng Trị?", "Tuyên Quang", "Quảng Trị")]
    public void WithoutSetAside_DropsTheCourseNotAskedAbout(string question, string kept, string dropped)
    {
        var affirmed = QueryBuilder.WithoutSetAside(question);
        Assert.Contains(kept, affirmed, StringComparison.Ordinal);
        Assert.DoesNotContain(dropped, affirmed, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SetAsideYearsAndProvinces_AreNotAskedAbout()
    {
        Assert.Equal(["2013"], QueryBuilder.Build("Lớp năm 2013 (không phải lớp năm 2016) học gì?", Vocabulary.Empty).Years);
        Assert.Equal(["Đắk Nông"], QueryBuilder.Build("Lớp ở Đắk Nông (không phải lớp ở Cà Mau) có mấy học viên?", Vocabulary.Empty).Provinces);
    }

    [Theory]
    [InlineData("Cán bộ không phải đảng viên có được học không?")] // a negation inside the question is content
    [InlineData("Không phải.")] // nothing else left: kept whole
    public void WithoutSetAside_NothingSetAside_KeepsTheQuestion(string question) =>
        Assert.Equal(question, QueryBuilder.WithoutSetAside(question));
}
