using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Tests.TestDoubles;
using DanVan.Core.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Core.Tests.Lexicon;

/// <summary>Every kind of lexicon entry, read from the shipped data, and a province's own file added without code.</summary>
public sealed class QuestionLexiconTests
{
    private static readonly QuestionLexicon Shipped = QuestionLexicon.Default;

    [Theory]
    [InlineData("count", "Lớp có bao nhiêu học viên?")]
    [InlineData("count", "lop co may hoc vien")]
    [InlineData("year", "Ban Dân vận được thành lập năm nào?")]
    [InlineData("day", "Lớp khai giảng hôm nào?")]
    [InlineData("time", "Lớp kéo dài bao lâu?")]
    [InlineData("venue", "Hội nghị tổ chức ở đâu?")]
    [InlineData("place", "Lớp này ở tỉnh nào?")]
    [InlineData("person", "Ai phát biểu khai mạc?")]
    [InlineData("name", "Báo cáo viên tên là gì?")]
    [InlineData("day", "Hạn chót nộp báo cáo là hôm mấy?")]
    [InlineData("time", "Các huyện gửi báo cáo chậm nhất khi nào?")]
    [InlineData("person", "Nhân vật nào phát biểu khai mạc?")]
    [InlineData("name", "Mô hình ở Hướng Hóa mang tên gì?")]
    public void Asks_KindCuePhrase_IsFound(string kind, string question) =>
        Assert.True(Shipped.Asks(kind, Tokenizer.TokenizeTyped(question)));

    [Theory]
    [InlineData("count", "Máy tính của lớp để ở đâu?")] // "máy" typed with diacritics is not "mấy"
    [InlineData("person", "Lớp ái quốc là gì?")]
    public void Asks_WordTypedWithOtherDiacritics_IsNotTheCue(string kind, string question) =>
        Assert.False(Shipped.Asks(kind, Tokenizer.TokenizeTyped(question)));

    [Theory]
    [InlineData("count", "bo may dan van cua xa gom nhung thanh phan nao")] // bộ máy (words), not "mấy"
    [InlineData("place", "lop hoc bat dau hoc tu thang 11 phai khong")] // bắt đầu (a course event), not "đâu"
    [InlineData("place", "nguoi dung dau ban dan van tinh uy la ai")] // đứng đầu (a role)
    public void Asks_CueTypedWithoutDiacritics_InsideAWordOfTheLexicon_IsNotTheCue(string kind, string question) =>
        Assert.False(Shipped.Asks(kind, Tokenizer.TokenizeTyped(question)));

    [Theory]
    [InlineData("count", "bo may dan van xa co may to dan van")] // the second "may" asks
    [InlineData("count", "lan thu may")]
    [InlineData("place", "lop hoc to chuc o dau")]
    public void Asks_CueTypedWithoutDiacritics_OutsideAWord_IsTheCue(string kind, string question) =>
        Assert.True(Shipped.Asks(kind, Tokenizer.TokenizeTyped(question)));

    [Fact]
    public void Units_AskerInsideAWord_CountsNothing()
    {
        const string Question = "bo may dan van xa gom nhung ai";
        var query = QueryBuilder.Build(Question, Vocabulary.Empty, Shipped);
        Assert.NotEqual(QuestionKind.Number, query.Kind);
        Assert.True(AnswerExpectation.For(Question, query.Kind, Shipped).IsMetBy("Khối dân vận xã gồm Phó Bí thư Thường trực Đảng ủy và Chủ tịch Ủy ban MTTQ xã."));
    }

    [Fact]
    public void Synonyms_WorkBothWays()
    {
        Assert.Contains("bien phap", Shipped.SynonymsOf("giai phap"));
        Assert.Contains("giai phap", Shipped.SynonymsOf("bien phap"));
        Assert.Contains("hoc vien", Shipped.SynonymsOf("nguoi tham du"));
    }

    [Theory] // everyday words for the materials' words, from their vocabulary, both ways
    [InlineData("nop", "gui")]
    [InlineData("han chot", "thoi han")]
    [InlineData("cuong vi", "chuc vu")]
    [InlineData("phuong phap", "cach thuc")]
    [InlineData("nguoi theo dao", "tin do")]
    [InlineData("thua nhan", "cong nhan")]
    [InlineData("co so dao tao", "truong chinh tri")]
    [InlineData("dai hoi 13", "dai hoi xiii")]
    [InlineData("doc loi khai giang", "phat bieu khai mac")]
    [InlineData("bao cao vien", "truyen dat noi dung")] // a speaker at a course named by the act
    [InlineData("giang vien", "gioi thieu chuyen de")]
    public void Synonyms_EverydayWords_WorkBothWays(string word, string written)
    {
        Assert.Contains(written, Shipped.SynonymsOf(word));
        Assert.Contains(word, Shipped.SynonymsOf(written));
    }

    [Fact]
    public void Synonyms_OfTheShippedVocabularyFile_AreInTheDefaultLexicon()
    {
        using var stream = typeof(QuestionLexicon).Assembly.GetManifestResourceStream("DanVan.Core.Lexicon.vocabulary.json");
        Assert.NotNull(stream);
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        var sets = json.RootElement.GetProperty("synonyms").EnumerateArray()
            .Select(set => set.EnumerateArray().Select(w => string.Join(' ', Tokenizer.Tokenize(VietnameseText.Normalize(w.GetString())))).ToList())
            .ToList();
        Assert.NotEmpty(sets);
        Assert.All(sets, set => Assert.All(set, word => Assert.Superset(set.Where(o => o != word).ToHashSet(), Shipped.SynonymsOf(word).ToHashSet())));
        Assert.Contains("phuc dap", Shipped.SynonymsOf("tra loi"));
    }

    [Fact]
    public void Synonyms_OfTheVocabularyFile_AreFoundInTheQuestion() =>
        Assert.Contains("tra loi", Assert.Single(QueryBuilder.Build("Ủy ban phúc đáp kiến nghị của cử tri trong bao lâu", Vocabulary.Empty, Shipped).Pairs, p => p.Key == "phuc dap").Phrases);

    [Fact]
    public void Bodies_OtherNameIsReadAsTheWrittenName()
    {
        var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped("trưởng cơ quan dân vận của tỉnh là ai"), Shipped);
        Assert.Equal("truong ban dan van tinh uy la ai", string.Join(' ', tokens.Select(t => t.Folded)));
    }

    [Theory]
    [InlineData("ai đứng đầu khối vận tỉnh Quảng Trị", "ai dung dau ban dan van tinh uy quang tri")]
    [InlineData("ai la nguoi dung dau ben khoi van tinh uy", "ai la nguoi dung dau ben ban dan van tinh uy")]
    [InlineData("trưởng khối dân vận của huyện là ai", "truong ban dan van huyen uy la ai")]
    [InlineData("sếp khối vận trung ương tên gì", "sep ban dan van trung uong ten gi")]
    public void Bodies_KhoiVanAboveTheCommune_IsReadAsTheBanDanVan(string question, string read)
    {
        var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(question), Shipped);
        Assert.Equal(read, string.Join(' ', tokens.Select(t => t.Folded)));
    }

    [Fact]
    public void Bodies_KhoiDanVanOfTheCommune_IsLeftAsTyped()
    {
        var typed = Tokenizer.TokenizeTyped("trưởng khối dân vận xã là ai");
        Assert.Equal(typed.Select(t => t.Folded), LexiconMatcher.WithBodyNames(typed, Shipped).Select(t => t.Folded));
    }

    [Theory]
    [InlineData("người đứng đầu chính quyền tỉnh Bình Phước là ai", "nguoi dung dau uy ban nhan dan tinh binh phuoc la ai")]
    [InlineData("chu tich chinh quyen cap huyen la ai", "chu tich uy ban nhan dan huyen la ai")]
    [InlineData("lãnh đạo chính quyền xã tiếp dân mấy ngày", "lanh dao uy ban nhan dan xa tiep dan may ngay")]
    public void Bodies_GovernmentNamedByItsRoleIsReadAsTheCommittee(string question, string read)
    {
        var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(question), Shipped);
        Assert.Equal(read, string.Join(' ', tokens.Select(t => t.Folded)));
    }

    [Theory]
    [InlineData("ai dung dau co quan DV cua TU")]
    [InlineData("ai dung dau co quan dv cua tinh uy")]
    [InlineData("ai đứng đầu cơ quan DV của tỉnh ủy")]
    public void Bodies_NameTypedWithShortFormsIsReadAsTheWrittenName(string question)
    {
        var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(question), Shipped);
        Assert.EndsWith("ban dan van tinh uy", string.Join(' ', tokens.Select(t => t.Folded)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bà trưởng ban lo dân vận của tỉnh ủy Bình Phước tên gì", "ba truong ban dan van tinh uy binh phuoc ten gi")] // kind, what it does, domain, link, level
    [InlineData("ba truong ban lo dan van cua tinh uy ten gi", "ba truong ban dan van tinh uy ten gi")]
    [InlineData("ông trưởng ban phụ trách công tác dân vận cấp tỉnh là ai", "ong truong ban dan van tinh uy la ai")] // "tỉnh", shorter, is the level "tỉnh ủy"
    [InlineData("ai đứng đầu cơ quan tham mưu cho tỉnh ủy về dân vận", "ai dung dau ban dan van tinh uy")] // a word for any body; the level before the domain
    [InlineData("trưởng ban lo dân vận của huyện là ai", "truong ban dan van huyen uy la ai")] // another level, another body
    [InlineData("ủy ban nhân dân của tỉnh họp mấy lần", "uy ban nhan dan tinh hop may lan")]
    public void Bodies_DescribedByKindDomainAndLevel_IsReadAsTheWrittenName(string question, string read)
    {
        var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped(question), Shipped);
        Assert.Equal(read, string.Join(' ', tokens.Select(t => t.Folded)));
    }

    [Theory]
    [InlineData("trưởng ban lo dân vận ở Bình Phước là ai")] // no level
    [InlineData("trưởng ban lo tuyên giáo của tỉnh ủy là ai")] // a domain no body of the lexicon has
    [InlineData("Ban Dân vận Tỉnh ủy tổ chức công tác dân vận của tỉnh ra sao")] // the written name; no kind word before the description
    public void Bodies_WordsThatDescribeNoBodyOfTheLexicon_AreLeftAsTyped(string question)
    {
        var typed = Tokenizer.TokenizeTyped(question);
        var tokens = LexiconMatcher.WithBodyNames(typed, Shipped);
        Assert.Equal(typed.Select(t => t.Folded), tokens.Select(t => t.Folded));
    }

    [Fact]
    public void LocalFile_ABodyItAddsIsReadFromItsDescriptionToo()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "bodies": [["ban tuyên giáo tỉnh ủy"]], "bodyDescriptions": { "duties": ["coi sóc"] } }""");

        var local = QuestionLexicon.Load(path);

        Assert.Equal("truong ban tuyen giao tinh uy la ai",
            string.Join(' ', LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped("trưởng ban coi sóc tuyên giáo của tỉnh ủy là ai"), local).Select(t => t.Folded)));
        Assert.Equal("truong ban coi soc tuyen giao cua tinh uy la ai",
            string.Join(' ', LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped("trưởng ban coi sóc tuyên giáo của tỉnh ủy là ai"), Shipped).Select(t => t.Folded)));
    }

    [Fact]
    public void Bodies_ShortFormOutsideABodysNameIsLeftAsTyped()
    {
        var tokens = LexiconMatcher.WithBodyNames(Tokenizer.TokenizeTyped("lop DV co bao nhieu HV"), Shipped);
        Assert.Equal("lop dv co bao nhieu hv", string.Join(' ', tokens.Select(t => t.Folded)));
    }

    [Theory]
    [InlineData("Người đứng đầu Ban Dân vận Tỉnh ủy Cà Mau là ai?", "Đồng chí Lê Thanh Triều, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", true)]
    [InlineData("Người đứng đầu Ban Dân vận Tỉnh ủy Cà Mau là ai?", "Ông Nguyễn Văn A, Phó Trưởng Ban Dân vận Tỉnh ủy, phát biểu.", false)]
    [InlineData("Lãnh đạo Ban Dân vận Tỉnh ủy nào dự lớp?", "Ông Nguyễn Văn A, Phó Trưởng Ban Dân vận Tỉnh ủy, phát biểu.", true)]
    [InlineData("Phó Trưởng Ban Dân vận Tỉnh ủy là ai?", "Đồng chí Lê Thanh Triều, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", false)]
    public void Offices_RolesMeanTheirTitles(string question, string sentence, bool met)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty, Shipped);
        Assert.Equal(met, AnswerExpectation.For(question, query.Kind, Shipped).IsMetBy(sentence));
    }

    [Theory]
    [InlineData("Tuyến đường dài bao nhiêu cây số?", "Nhân dân hiến đất làm 12 km đường.", true)]
    [InlineData("Lớp có bao nhiêu người tham dự?", "Lớp có 170 học viên.", true)]
    [InlineData("Lớp có bao nhiêu người tham dự?", "Lớp được tổ chức trong 3 ngày.", false)]
    [InlineData("Tỷ lệ hài lòng đạt bao nhiêu %?", "Tỷ lệ hài lòng đạt 92%.", true)]
    [InlineData("Chỉ thị số mấy được quán triệt?", "Hội nghị quán triệt Chỉ thị 18/2000/CT-TTg.", true)]
    [InlineData("Lãnh đạo gặp gỡ nhân dân bao nhiêu lần?", "Lãnh đạo tổ chức 1.015 cuộc tiếp xúc với nhân dân.", true)] // classes: counters of the same things
    [InlineData("Tỉnh mở mấy khóa tập huấn?", "Toàn tỉnh mở 5 lớp tập huấn.", true)]
    [InlineData("Vận động được bao nhiêu gia đình?", "Vận động 152 hộ ổn định cuộc sống.", true)]
    [InlineData("Lãnh đạo gặp gỡ nhân dân bao nhiêu lần?", "Lãnh đạo gặp gỡ 1.015 người dân.", false)]
    [InlineData("Có bao nhiêu tín đồ và bao nhiêu tôn giáo?", "Toàn tỉnh có khoảng 180.000 tín đồ.", true)] // "và" ends what narrows a count
    [InlineData("Có bao nhiêu tín đồ tôn giáo?", "Toàn tỉnh có khoảng 180.000 tín đồ.", false)]
    [InlineData("Mấy người có tiếng nói trong bà con dân tộc?", "Toàn tỉnh có 236 người có uy tín trong đồng bào dân tộc thiểu số.", true)] // narrowed past the whole word counted
    [InlineData("Mấy người có tiếng nói trong giới trẻ?", "Toàn tỉnh có 236 người có uy tín trong đồng bào dân tộc thiểu số.", false)]
    [InlineData("Toàn tỉnh có bao nhiêu người?", "Toàn tỉnh có khoảng 180.000 tín đồ.", true)]
    [InlineData("Số người dự lớp ở Tuyên Quang năm 2023 là bao nhiêu?", "Lớp tập huấn có 230 học viên.", true)] // countNouns: "số" names what is counted
    [InlineData("Số người dự lớp ở Tuyên Quang năm 2023 là bao nhiêu?", "Lớp được tổ chức trong 3 ngày.", false)]
    [InlineData("Tổng số đại biểu dự hội nghị là bao nhiêu?", "Hội nghị có hơn 3.200 đại biểu tham dự.", true)]
    [InlineData("Dân số của tỉnh là bao nhiêu?", "Dân số của tỉnh là 1,2 triệu người.", true)] // "dân số" is a word, not "số dân" // tín đồ are people
    [InlineData("Một mô hình phải giải đáp được mấy vấn đề?", "Một mô hình cần trả lời được ba câu hỏi.", true)] // a class: câu hỏi, vấn đề
    [InlineData("Một mô hình phải giải đáp được mấy vấn đề?", "Một mô hình cần 3 tháng để nhân rộng.", false)]
    public void Units_PeopleAndOtherNamesCount(string question, string sentence, bool met)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty, Shipped);
        Assert.Equal(met, AnswerExpectation.For(question, query.Kind, Shipped).IsMetBy(sentence));
    }

    [Theory]
    [InlineData("già làng dàn xếp được bao nhiêu vụ xích mích", "xich mich", "mau thuan")]
    [InlineData("những người có uy tín trong cộng đồng", "uy tin", "gia lang")] // a paraphrase longer than a pair
    [InlineData("nha nuoc lay dat cua dan", "lay dat", "thu hoi dat")] // typed without diacritics
    public void Synonyms_ParaphraseInTheQuestion_ItsPairsFindItsReadings(string question, string pair, string reading)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty, Shipped);
        Assert.Contains(reading, Assert.Single(query.Pairs, p => p.Key == pair).Phrases);
    }

    [Fact]
    public void Synonyms_ParaphraseWithOneSearchedWord_ThatWordFindsItsReadings() =>
        Assert.Contains("nguoi co uy tin", Assert.Single(QueryBuilder.Build("những người có tiếng nói", Vocabulary.Empty, Shipped).Terms, t => t.Key == "tieng").Phrases);

    [Fact]
    public void Synonyms_WordTypedWithOtherDiacritics_IsNotReadAsTheSynonym()
    {
        Assert.Contains("khac phuc", Assert.Single(QueryBuilder.Build("cần sửa tình trạng gì", Vocabulary.Empty, Shipped).Terms, t => t.Key == "sua").Phrases);
        Assert.DoesNotContain("khac phuc", Assert.Single(QueryBuilder.Build("uống sữa gì tốt", Vocabulary.Empty, Shipped).Terms, t => t.Key == "sua").Phrases);
    }

    [Fact]
    public void QuestionPhrases_AreNeverSearched()
    {
        var query = QueryBuilder.Build("dân vận khéo là gì", Vocabulary.Empty, Shipped);
        Assert.DoesNotContain(query.Terms, t => t.Key is "la" or "gi");
    }

    [Fact]
    public void LocalFile_AddsASynonymWithoutCode()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "synonyms": [["giao lưu", "gặp gỡ"]] }""");

        var local = QuestionLexicon.Load(path);

        Assert.Empty(Shipped.SynonymsOf("giao luu"));
        var pair = Assert.Single(QueryBuilder.Build("giao lưu văn hóa", Vocabulary.Empty, local).Pairs, p => p.Key == "giao luu");
        Assert.Contains("gap go", pair.Phrases);
        Assert.Contains("bien phap", local.SynonymsOf("giai phap"));
    }

    [Fact]
    public void CountedActs_WorkBothWays_AndAreNoSynonyms()
    {
        Assert.Contains("cap", Shipped.CountedActsOf("nhan"));
        Assert.Contains("nhan", Shipped.CountedActsOf("trao"));
        Assert.Contains("dat yeu cau", Shipped.CountedActsOf("qua"));
        Assert.DoesNotContain("cap", Shipped.SynonymsOf("nhan")); // not searched: only a count's qualifier reads them
    }

    [Fact]
    public void LocalFile_AddsACountedActWithoutCode()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "measures": { "countedActs": [["nhập viện", "cấp cứu"]] } }""");
        const string question = "Bao nhiêu người phải nhập viện?";
        const string sentence = "Bệnh viện huyện đã cấp cứu 12 người.";

        var local = QuestionLexicon.Load(path);

        Assert.False(AnswerExpectation.For(question, QueryBuilder.Build(question, Vocabulary.Empty, Shipped).Kind, Shipped).IsMetBy(sentence));
        Assert.True(AnswerExpectation.For(question, QueryBuilder.Build(question, Vocabulary.Empty, local).Kind, local).IsMetBy(sentence));
    }

    [Fact]
    public void LocalFile_AddsARoleAtACourseWithoutCode()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "offices": { "courseRoles": [["người hướng dẫn", "hướng dẫn viên"]] } }""");
        const string question = "Người hướng dẫn ở lớp là ai?";
        const string attended = "Dự lớp có đồng chí Nguyễn Văn A, Chủ tịch UBND huyện.";
        const string guided = "Hướng dẫn viên là đồng chí Trần Văn B, cán bộ Ban Dân vận Tỉnh ủy.";

        var local = QuestionLexicon.Load(path);
        var expectation = AnswerExpectation.For(question, QueryBuilder.Build(question, Vocabulary.Empty, local).Kind, local);

        Assert.True(AnswerExpectation.For(question, QueryBuilder.Build(question, Vocabulary.Empty, Shipped).Kind, Shipped).IsMetBy(attended));
        Assert.False(expectation.IsMetBy(attended));
        Assert.True(expectation.IsMetBy(guided));
    }

    [Theory]
    [InlineData("khoi hop dinh ky mot lan", 0)] // định kỳ: "ky" folds as "ki", still part of the word
    [InlineData("ai ky quyet dinh", 1)]
    public void FindCues_OneSyllableCueInsideAWordTypedWithoutDiacritics_IsNoCue(string question, int found) =>
        Assert.Equal(found, Shipped.FindCues(Tokenizer.TokenizeTyped(question), Shipped.EventPhrases).Count());

    [Fact]
    public void BodyWords_AreTheWordsOfTheWrittenNames()
    {
        // "cơ quan tham mưu của tỉnh ủy về vận động quần chúng" is another name of the Ban Dân vận Tỉnh ủy: its words
        // ("động", "chúng") stay ordinary-looking parts of a commune's name typed without diacritics ("xa son dong").
        Assert.Contains("ban", Shipped.BodyWords);
        Assert.Contains("uy", Shipped.BodyWords);
        Assert.DoesNotContain("dong", Shipped.BodyWords);
        Assert.DoesNotContain("chung", Shipped.BodyWords);
    }

    [Fact]
    public void QuestionPhrases_AskingAName_AreNotSearchedFor()
    {
        var query = QueryBuilder.Build("trưởng ban dân vận tỉnh ủy tên gì", Vocabulary.Empty, Shipped);
        Assert.DoesNotContain(query.Terms, t => t.Key is "ten" or "gi");
    }

    [Fact]
    public void LocalFile_BesideKnowledge_IsReadByTheServices()
    {
        using var directory = new TempDirectory();
        var knowledge = directory.File("knowledge");
        Directory.CreateDirectory(knowledge);
        File.WriteAllText(directory.File("lexicon.local.json"), """{ "synonyms": [["giao lưu", "gặp gỡ"]] }""");
        using var services = new CoreServices(knowledge);

        Assert.Contains("gap go", services.Get<QuestionLexicon>().SynonymsOf("giao luu"));
    }

    [Fact]
    public void LocalFile_NotJson_IsReportedWithItsPathAndTheShippedLexiconKept()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, "{ synonyms: ");
        var problems = new List<string>();

        var lexicon = QuestionLexicon.Load(path, problems.Add);

        Assert.Same(QuestionLexicon.Default, lexicon);
        Assert.Contains(path, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void LocalFile_WrongShape_IsReportedWithItsLine()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, "{\n  \"synonyms\": 5\n}");
        var problems = new List<string>();

        Assert.Same(QuestionLexicon.Default, QuestionLexicon.Load(path, problems.Add));

        Assert.Contains("(dòng 2)", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void LocalFile_Broken_AskingStillWorksWithTheShippedWords()
    {
        using var directory = new TempDirectory();
        var knowledge = directory.File("knowledge");
        Directory.CreateDirectory(knowledge);
        File.WriteAllText(directory.File("lexicon.local.json"), "{ \"abbreviations\": { \"X\": ");
        using var services = new CoreServices(knowledge);

        Assert.Same(QuestionLexicon.Default, services.Get<QuestionLexicon>());
        Assert.Same(WordLists.Shipped, services.Get<WordLists>());
    }

    [Fact]
    public void LocalFile_Broken_IsLoggedOnceThoughBothLoadersReadIt()
    {
        using var directory = new TempDirectory();
        var knowledge = directory.File("knowledge");
        Directory.CreateDirectory(knowledge);
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, "{ \"synonyms\": ");
        var logger = new CollectingLogger<LocalLexiconReport>();
        using var services = new CoreServices(knowledge, configure: s => s.AddSingleton<ILogger<LocalLexiconReport>>(logger));

        services.Get<WordLists>();
        services.Get<QuestionLexicon>();

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(path, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SecondProblemOfTheSameFile_IsNotLoggedAgain_AnotherFileIs()
    {
        var logger = new CollectingLogger<LocalLexiconReport>();
        var report = new LocalLexiconReport(logger);

        report.Report("/a/lexicon.local.json", "first");
        report.Report("/a/lexicon.local.json", "second");
        report.Report("/b/lexicon.local.json", "third");

        Assert.Equal(["Lexicon: first", "Lexicon: third"], logger.Entries.Select(e => e.Message));
    }

    [Fact]
    public void MissingLocalFile_IsTheShippedLexicon() =>
        Assert.Same(QuestionLexicon.Default, QuestionLexicon.Load(Path.Combine(Path.GetTempPath(), "no-such-lexicon.json")));

    [Theory]
    [InlineData("Tuyên Quang có gần 2000 mô hình dân vận khéo", new string[0])] // an approximator and a counted noun
    [InlineData("tinh tap huan cho 1500 can bo", new string[0])] // a count lead and a unit, typed without diacritics
    [InlineData("Lớp Quảng Trị 2023 người đứng lớp là ai", new[] { "2023" })] // after a name: the course's year
    [InlineData("năm 2016 cán bộ dân vận học gì", new[] { "2016" })] // after a unit of time
    [InlineData("có khoảng 2016 không", new[] { "2016" })] // nothing counted after it
    public void YearsIn_NumberThatCountsWhatFollows_IsNoYear(string text, string[] years) =>
        Assert.Equal(years, Shipped.YearsIn(Tokenizer.TokenizeTyped(text)));

    [Fact]
    public void Guesses_ShippedKindsAreRead()
    {
        Assert.Contains(Shipped.GuessApproximators, p => p.Key == "tam");
        Assert.Contains(Shipped.CountLeads, p => p.Key == "cho");
        Assert.Contains(Shipped.CountedWords, p => p.Key == "mo hinh");
        Assert.Contains(Shipped.CountedWords, p => p.Key == "hoc vien"); // the units count too
        Assert.Equal(["count", "day", "number", "share", "year"], Shipped.GuessAskers.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LocalFile_AddsGuessWords()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "guesses": { "approximators": ["cỡ chừng"], "countedNouns": ["tổ tự quản"], "askers": { "year": "năm bao nhiêu" } } }""");

        var local = QuestionLexicon.Load(path);

        Assert.Empty(Shipped.YearsIn(Tokenizer.TokenizeTyped("có 2000 mô hình")));
        Assert.Equal(["2000"], Shipped.YearsIn(Tokenizer.TokenizeTyped("xã có cỡ chừng 2000 tổ tự quản")));
        Assert.Empty(local.YearsIn(Tokenizer.TokenizeTyped("xã có cỡ chừng 2000 tổ tự quản")));
        Assert.Equal("năm bao nhiêu", local.GuessAskers["year"]);
        Assert.Equal("bao nhiêu", local.GuessAskers["count"]);
    }

    // The shared official vocabulary (people counted, localities, offices, venues, what a course does) names no topic:
    // a pair inside one of its phrases or holding one of its one-syllable words is of it; a field's own pair is not.
    [Theory]
    [InlineData("can bo", true)]
    [InlineData("cong chuc", true)]
    [InlineData("cap xa", true)]
    [InlineData("boi duong", true)]
    [InlineData("khach hang", false)]
    [InlineData("dan van", false)]
    [InlineData("thi tuyen", false)]
    public void IsOfficialPair_ReadsTheLexiconsOfficialLists(string pair, bool official) =>
        Assert.Equal(official, Shipped.IsOfficialPair(pair));

    // The words a question judges with are matched as typed: one typed without diacritics reads as any word folding like
    // it ("co hai": có hại), one typed with diacritics only as itself ("có hai lớp" counts two, judges nothing).
    [Theory]
    [InlineData("Uong nhieu nuoc da co hai khong", "co hai")]
    [InlineData("Uống nước đá có hại không", "co hai")]
    [InlineData("Bình Phước có hai lớp bồi dưỡng", "")]
    [InlineData("Bãi biển nào đẹp nhất", "dep nhat")]
    [InlineData("Lớp bồi dưỡng dân vận năm 2023", "")]
    public void EvaluativeWords_AreMatchedAsTyped(string question, string expected) =>
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), Shipped.EvaluativeWords(Tokenizer.TokenizeTyped(question), AmbiguousSyllables.TypedWithoutDiacritics(Tokenizer.TokenizeTyped(question)) is false).Order());

    [Theory]
    [InlineData("Phó Bí thư Thường trực các huyện, thị, thành ủy.", "Phó Bí thư Thường trực các huyện ủy, thị ủy, thành ủy.")]
    [InlineData("Trưởng ban Dân vận các huyện, thành uỷ; lãnh đạo các sở, ban, ngành.", "Trưởng ban Dân vận các huyện uỷ, thành uỷ; lãnh đạo các sở, ban, ngành.")]
    [InlineData("cac huyen, thanh uy", "cac huyen uy, thanh uy")]
    [InlineData("lãnh đạo các sở, ban, ngành, huyện, thành ủy", "lãnh đạo các sở, ban, ngành, huyện ủy, thành ủy")] // only the levels
    [InlineData("các sở, ban, ngành", "các sở, ban, ngành")]
    [InlineData("huyện ủy, thành ủy", "huyện ủy, thành ủy")]
    public void DistributeSharedEnds_WritesOutLevelsListedBeforeTheirSharedSyllable(string text, string expected) =>
        Assert.Equal(expected, Shipped.Patterns.DistributeSharedEnds(text));
}
