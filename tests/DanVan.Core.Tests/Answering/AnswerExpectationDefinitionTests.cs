using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>"X là gì": a sentence that defines the term, not one that only names it.</summary>
public sealed class AnswerExpectationDefinitionTests
{
    private const string Names = "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” từ tỉnh đến cơ sở được củng cố, kiện toàn.";

    private const string Defines = "“Dân vận khéo” không phải là một phong trào riêng của ngành dân vận mà là phương pháp làm việc của cả hệ thống chính trị.";

    [Theory]
    [InlineData("Dân vận khéo là gì?")]
    [InlineData("dan van kheo la gi")]
    [InlineData("Cho hỏi dân vận khéo được hiểu như thế nào ạ?")]
    public void IsMetBy_DefinitionAsked_OnlyASentenceDefiningTheTerm(string question)
    {
        var expectation = For(question);

        Assert.Equal(1 << 8, expectation.AllKinds);
        Assert.False(expectation.IsMetBy(Names));
        Assert.True(expectation.IsMetBy(Defines));
    }

    [Theory]
    [InlineData("Theo ông Khánh ở lớp Tuyên Quang 2023 thì chữ khéo trong dân vận nghĩa là sao?")]
    [InlineData("Theo thầy Khánh ở lớp Tuyên Quang, chữ \"khéo\" trong dân vận khéo nghĩa là sao?")]
    public void DefinesOpenedTerm_TermOpenedInALongerQuestion_TheSentenceDefiningIt(string question)
    {
        var expectation = For(question);

        Assert.False(expectation.IsSpecific); // it ranks sentences only
        Assert.True(expectation.DefinesOpenedTerm("Khéo là phải hiểu dân, trọng dân, gần dân, có trách nhiệm với dân."));
        Assert.False(expectation.DefinesOpenedTerm("Tỉnh có mô hình “Dân vận khéo trong hiến đất làm đường” với hơn 350 km đường bê tông."));
    }

    [Theory]
    [InlineData("thang 6/2016 o Binh Phuoc, ong chu tich tinh co xuong pho bien nghi quyet khong, ten ong ay la gi?")] // "chu" typed plain is chủ
    [InlineData("Dân vận khéo là gì?")] // a term asked alone is asked as such
    public void DefinesOpenedTerm_NoTermOpened_IsFalse(string question) =>
        Assert.False(For(question).DefinesOpenedTerm("Khéo là phải hiểu dân, trọng dân, gần dân."));

    [Theory]
    [InlineData("Theo bà trưởng ban ở Quảng Trị năm 2023 thì nội dung của lớp là gì?")] // content after the opener
    [InlineData("Nội dung của lớp tập huấn ở Cà Mau là gì?")] // content asked, not a meaning
    [InlineData("Chủ đề lớp học ở Ninh Bình là gì?")]
    [InlineData("Phương châm dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng đầy đủ là gì?")] // too long for a term
    [InlineData("Lớp năm 2016 là gì?")] // a year is no term
    public void For_ContentAskedWithLaGi_IsNoDefinition(string question) =>
        Assert.True(For(question).IsMetBy(Names));

    [Fact]
    public void LocalFile_AddsDefinitionWordsWithoutCode()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "definitions": { "markers": ["có thể hiểu"], "notTerms": ["kế hoạch"] } }""");
        var local = QuestionLexicon.Load(path);
        const string Understood = "Dân vận khéo có thể hiểu như một cách làm việc gần dân.";

        Assert.False(For("Dân vận khéo là gì?").IsMetBy(Understood));
        Assert.True(For("Dân vận khéo là gì?", local).IsMetBy(Understood));
        Assert.False(For("Kế hoạch hành động là gì?").IsMetBy(Names)); // a term
        Assert.True(For("Kế hoạch hành động là gì?", local).IsMetBy(Names)); // content asked
    }
}
