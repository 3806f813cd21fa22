using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>What a question names (a document by code or number, a year, a province, a district, a person) must be in the evidence.</summary>
public sealed class NamedMentionsTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public NamedMentionsTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    private static RetrievedPassage Passage(string text) =>
        new(1, 1, 0, "Hội nghị quán triệt nghị quyết về công tác dân vận năm 2023", null, text, "test.md", "Báo Quảng Trị", new DateOnly(2023, 8, 1), "Quảng Trị", 1.0);

    private const string Text =
        "Năm 2023, tỉnh Quảng Trị tổ chức 3 hội nghị quán triệt Nghị quyết số 25-NQ/TW và Chỉ thị 18/2000/CT-TTg cho 450 cán bộ. " +
        "Đồng chí Nguyễn Văn Bình, Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị tại huyện Hướng Hóa.";

    [Theory]
    [InlineData("Năm 2023 Quảng Trị quán triệt Nghị quyết 25-NQ/TW cho bao nhiêu cán bộ?")]
    [InlineData("Năm 2023 Quảng Trị tổ chức mấy hội nghị quán triệt Chỉ thị 18?")]
    [InlineData("Đồng chí Nguyễn Văn Bình chủ trì mấy hội nghị quán triệt năm 2023?")]
    [InlineData("Năm 2023 ở huyện Hướng Hóa có bao nhiêu cán bộ dự hội nghị quán triệt?")]
    public async Task ComposeAsync_EverythingNamedIsInThePassage_Answers(string question)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
    }

    [Theory]
    [InlineData("Năm 2023 Quảng Trị quán triệt Nghị quyết 43-NQ/TW cho bao nhiêu cán bộ?", "43-NQ/TW")]
    [InlineData("Năm 2023 Quảng Trị tổ chức mấy hội nghị quán triệt Nghị định 60/CP?", "Nghị định 60")]
    [InlineData("Năm 2023 Quảng Trị tổ chức mấy hội nghị quán triệt Chỉ thị 16?", "Chỉ thị 16")]
    [InlineData("Năm 2025 Quảng Trị quán triệt Nghị quyết 25-NQ/TW cho bao nhiêu cán bộ?", "2025")]
    [InlineData("Đồng chí Trần Thị Hoa chủ trì mấy hội nghị quán triệt năm 2023?", "Trần Thị Hoa")]
    [InlineData("nam 2023 quang tri quan triet nghi dinh 60/CP cho bao nhieu can bo", "60/CP")]
    [InlineData("Năm 2023 huyện Lộc Ninh tổ chức mấy hội nghị quán triệt Chỉ thị 18?", "Lộc Ninh")] // a district
    public async Task ComposeAsync_SomethingNamedIsNowhere_DeclinesSayingWhat(string question, string missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.False(answer.Grounded);
        Assert.Contains("không nhắc tới", answer.Text, StringComparison.Ordinal);
        Assert.Contains(missing, answer.Text, StringComparison.Ordinal);
    }

    // The same district or person typed in lower case or without diacritics: named when the retrieved material writes it
    // capitalised, so a passage of another document that does not name it answers nothing, typed either way.
    [Theory]
    [InlineData("Năm 2023 ở huyện Hướng Hóa có bao nhiêu cán bộ dự hội nghị quán triệt?", "Hướng Hóa")]
    [InlineData("năm 2023 ở huyện hướng hóa có bao nhiêu cán bộ dự hội nghị quán triệt", "Hướng Hóa")]
    [InlineData("nam 2023 o huyen huong hoa co bao nhieu can bo du hoi nghi quan triet", "Hướng Hóa")]
    [InlineData("nam 2023 dong chi tran thi hoa chu tri may hoi nghi quan triet", null)] // the other passage names her: related material
    public async Task ComposeAsync_NameTypedInLowerCase_NamedElsewhereOnly_IsNotAnswered(string question, string? declinedFor)
    {
        var elsewhere = new RetrievedPassage(2, 2, 0, "Mô hình dân vận khéo", null, $"Mô hình do đồng chí Trần Thị Hoa giới thiệu ở huyện Hướng Hóa được nhân rộng.", "other.md", "Báo Quảng Trị", new DateOnly(2023, 9, 1), "Quảng Trị", 0.9);
        var answer = await _composer.ComposeAsync(question, [Passage(Text.Replace("huyện Hướng Hóa", "huyện Gio Linh", StringComparison.Ordinal).Replace("Nguyễn Văn Bình", "Trần Văn Nam", StringComparison.Ordinal)), elsewhere]);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        if (declinedFor is not null)
        {
            Assert.Contains(declinedFor, answer.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nam 2023 o huyen huong hoa co bao nhieu can bo du hoi nghi quan triet")]
    [InlineData("dong chi nguyen van binh chu tri may hoi nghi quan triet nam 2023")]
    public async Task ComposeAsync_NameTypedInLowerCase_InThePassage_Answers(string question)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
    }

    // A commune or a person typed without diacritics that no material writes: still something named, so the bot says
    // it is not mentioned instead of quoting the regulation or the course of another place; ordinary words after "xa"
    // or "ong" ("xa hop", "ong la") are no name.
    [Theory]
    [InlineData("nam 2023 o xa son dong co bao nhieu can bo du hoi nghi quan triet", "xa son dong")]
    [InlineData("nam 2023 dong chi tran minh khoi chu tri may hoi nghi quan triet", "tran minh khoi")]
    [InlineData("nam 2023 truong ban tuyen giao tinh uy quang tri chu tri may hoi nghi quan triet", "ban tuyen giao")] // a body
    public async Task ComposeAsync_UnknownNameTypedWithoutDiacritics_DeclinesSayingWhat(string question, string missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Contains(missing, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nam 2023 cac xa hop quan triet cho bao nhieu can bo")]
    [InlineData("nam 2023 ong la truong ban dan van chu tri may hoi nghi quan triet")]
    [InlineData("nam 2023 truong ban dan van tinh uy quang tri chu tri may hoi nghi quan triet")] // the body the passage names
    [InlineData("Năm 2023 ở xã sơn động có bao nhiêu cán bộ dự hội nghị quán triệt?")] // typed with diacritics a name is capitalised
    public async Task ComposeAsync_OrdinaryWordsAfterALocalityOrTitle_AreNoName(string question)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);
        Assert.DoesNotContain("không nhắc tới", answer.Text, StringComparison.Ordinal);
    }

    // A body named ("Ban Tuyên giáo") or a document named by its title ("Luật Thực hiện dân chủ") must be in the evidence
    // too: the passage's Trưởng Ban Dân vận does not answer who heads Ban Tuyên giáo.
    [Theory]
    [InlineData("Năm 2023 Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Trị chủ trì mấy hội nghị quán triệt?", "Ban Tuyên giáo")]
    [InlineData("Năm 2023 Quảng Trị tổ chức mấy hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở?", "Luật Thực hiện dân chủ")]
    public async Task ComposeAsync_BodyOrTitledDocumentNowhere_DeclinesSayingWhat(string question, string missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Contains(missing, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Năm 2023 Trưởng Ban Dân vận Tỉnh ủy Quảng Trị chủ trì mấy hội nghị quán triệt?")]
    [InlineData("Năm 2023 Ủy ban Mặt trận Quảng Trị dự mấy hội nghị quán triệt?")] // the passage writes the short form
    public async Task ComposeAsync_BodyNamedInThePassage_Answers(string question)
    {
        var passage = Passage(Text + " Ủy ban MTTQ tỉnh dự cả 3 hội nghị.");
        var answer = await _composer.ComposeAsync(question, [passage]);
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
    }

    // A district typed all in lower case that the materials never name: the syllables after its kind are its name, when
    // the kind is no other word (two syllables, each typed with or without its marks, or one typed with them).
    [Theory]
    [InlineData("nam 2023 thi xa phuoc long to chuc may hoi nghi quan triet chi thi 18", "phuoc long")]
    [InlineData("năm 2023 huyện lộc ninh tổ chức mấy hội nghị quán triệt chỉ thị 18", "lộc ninh")]
    [InlineData("năm 2023 thị xa phước long tổ chức mấy hội nghị quán triệt chỉ thị 18", "phước long")]
    [InlineData("năm 2023 ở phường tân an có bao nhiêu cán bộ dự hội nghị quán triệt", "tân an")]
    public async Task ComposeAsync_LocalityInLowerCaseNowhere_DeclinesSayingWhat(string question, string missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Contains(missing, answer.Text, StringComparison.Ordinal);
    }

    // Words after a kind of locality typed in lower case that are no name: a function word ("có"; folded, "nao" where the
    // index mostly writes nào), a province's name, or words a comma parts from the kind.
    [Theory]
    [InlineData("năm 2023 huyện có bao nhiêu cán bộ dự hội nghị quán triệt chỉ thị 18")]
    [InlineData("nam 2023 thi xa nao to chuc may hoi nghi quan triet chi thi 18")]
    [InlineData("năm 2023 thị xã quảng trị tổ chức mấy hội nghị quán triệt chỉ thị 18")]
    [InlineData("năm 2023 quảng trị quán triệt chỉ thị 18 cho cán bộ các thôn, bao lâu một lần")]
    public async Task ComposeAsync_NoNameAfterALocalityInLowerCase_IsNoMention(string question)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);
        Assert.DoesNotContain("không nhắc tới", answer.Text, StringComparison.Ordinal);
    }

    // A topic of another field (Lexicon/otherfields.json) the passage never speaks of, typed with or without diacritics.
    [Theory]
    [InlineData("Thời tiết Quảng Trị năm 2023 thế nào?", "Thời tiết")]
    [InlineData("thoi tiet quang tri nam 2023 the nao", "thoi tiet")]
    [InlineData("Năm 2023 Quảng Trị có bao nhiêu cán bộ làm căn cước công dân?", "căn cước")]
    [InlineData("nam 2023 quang tri co bao nhieu can bo di xem bong da", "bong da")]
    public async Task ComposeAsync_OtherFieldTopicNowhere_Declines(string question, string missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Contains(missing, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    // The materials speak of it: answered. Words that only fold like a topic are not one: "bà con cho đất" is no "con
    // chó", "số đó" no "sổ đỏ" where the index writes them so.
    [Theory]
    [InlineData("Năm 2023 Quảng Trị tổ chức giải bóng đá cho bao nhiêu cán bộ?")]
    [InlineData("nam 2023 quang tri to chuc giai bong da cho bao nhieu can bo")]
    public async Task ComposeAsync_OtherFieldTopicInThePassage_Answers(string question)
    {
        var text = Text.Replace("tổ chức 3 hội nghị quán triệt Nghị quyết số 25-NQ/TW và Chỉ thị 18/2000/CT-TTg", "tổ chức giải bóng đá", StringComparison.Ordinal);
        var answer = await _composer.ComposeAsync(question, [Passage(text)]);
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
    }

    // A kind of document before a quotation opening with a number is a verb ("quy định “4 xin, 4 luôn”"): no document
    // "Quy định 4" is named, so nothing is missing.
    [Theory]
    [InlineData("Quy chế quy định “4 xin, 4 luôn” ở điều nào?", 0)]
    [InlineData("Quy chế quy định \"4 xin, 4 luôn\" ở điều nào?", 0)]
    [InlineData("Quy định 4 nói gì về dân vận?", 1)] // a document by kind and number
    public void Missing_KindOfDocumentBeforeAQuotedNumber_NamesNoDocument(string question, int missing)
    {
        var query = QueryBuilder.Build(question, Vocabulary.Empty);
        var mentions = NamedMentions.Of(question, query, DanVan.Core.Lexicon.QuestionLexicon.Default);
        Assert.Equal(missing, mentions.Missing([DanVan.Core.Text.Tokenizer.Tokenize("quy chế công tác dân vận xã")]).Count);
    }
    // A numbered one of a series ("đợt 3", "lần thứ 4", "khóa 2") must be written by the document with that number, with
    // or without a marker, typed either way; a third round the document never holds is said not to be mentioned.
    [Theory]
    [InlineData("Đợt 2 tập huấn năm 2016 ở Bình Phước có bao nhiêu học viên?", null)]
    [InlineData("dot 2 tap huan nam 2016 o binh phuoc co bao nhieu hoc vien", null)]
    [InlineData("Lớp thứ 2 tập huấn năm 2016 ở Bình Phước có bao nhiêu học viên?", null)]
    [InlineData("Năm 2016 Bình Phước phối hợp Học viện khu vực 2 mở lớp cho bao nhiêu học viên?", null)] // written "khu vực II"
    [InlineData("Đợt 3 tập huấn năm 2016 ở Bình Phước có bao nhiêu học viên?", "Đợt 3")]
    [InlineData("dot 3 tap huan nam 2016 o binh phuoc co bao nhieu hoc vien", "dot 3")]
    [InlineData("Lần thứ 4 tập huấn năm 2016 ở Bình Phước có bao nhiêu học viên?", "Lần thứ 4")]
    public async Task ComposeAsync_NumberedOneOfASeries_MustBeWritten(string question, string? missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage("Năm 2016, tỉnh Bình Phước mở 2 đợt tập huấn; đợt 2 (lớp thứ 2), do Học viện khu vực II mở, có 170 học viên.")]);

        AssertAnsweredOrNamedMissing(answer, missing, StringComparison.OrdinalIgnoreCase);
    }

    // A month of a year the question names must be written by the document, as "8/2013", within a full date
    // ("29/8/2013") or as "tháng 8 năm 2013"; another month of that year is said not to be mentioned, typed either way.
    [Theory]
    [InlineData("Lớp tập huấn tháng 8/2013 ở Nghệ An có bao nhiêu học viên?", null)]
    [InlineData("lop tap huan thang 8-2013 o nghe an co bao nhieu hoc vien", null)]
    [InlineData("Lớp tập huấn tháng 3/2013 ở Nghệ An có bao nhiêu học viên?", "3/2013")]
    [InlineData("lop tap huan thang 12-2013 o nghe an co bao nhieu hoc vien", "12/2013")]
    public async Task ComposeAsync_MonthOfAYear_MustBeWritten(string question, string? missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage("Năm 2013, lớp tập huấn diễn ra từ ngày 27 đến 29/8/2013 tại Nghệ An cho 120 học viên.")]);

        AssertAnsweredOrNamedMissing(answer, missing, StringComparison.Ordinal);
    }

    // Answered when nothing named is missing; otherwise declined, naming what the materials do not mention.
    private static void AssertAnsweredOrNamedMissing(Answer answer, string? missing, StringComparison comparison)
    {
        if (missing is null)
        {
            Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
            return;
        }

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Contains(missing, answer.Text, comparison);
    }

    // A province the materials never write is still a province: never read as a word they do write ("Đắk Lắk" is no
    // "Đắk La"), so a passage of another province does not answer, typed either way.
    [Theory]
    [InlineData("Cho em hỏi Đắk Lắk năm 2016 có bao nhiêu học viên?")]
    [InlineData("cho em hoi dak lak nam 2016 co bao nhieu hoc vien")]
    public async Task ComposeAsync_ProvinceTheIndexNeverWrites_IsNamedAndDeclined(string question)
    {
        var answer = await _composer.ComposeAsync(question, [Passage("Năm 2016, tỉnh Bình Phước mở 2 đợt tập huấn; đợt 2 có 170 học viên.")]);

        Assert.Equal(AnswerOutcome.None, answer.Outcome);
        Assert.Contains("Đắk Lắk", answer.Text, StringComparison.Ordinal);
    }

    // A day of a month the question names must be written by the document, as "1/11", within a span of days ("từ ngày 1
    // đến ngày 3/11") or with the unit between ("3 tháng 11"); one it never writes is said not to be mentioned.
    [Theory]
    [InlineData("Năm 2023 Quảng Trị khai mạc hội nghị quán triệt ngày 1/11 cho bao nhiêu cán bộ?", null)]
    [InlineData("Năm 2023 Quảng Trị bế mạc hội nghị quán triệt ngày 3/11 với bao nhiêu cán bộ?", null)]
    [InlineData("Năm 2023 Quảng Trị khai mạc hội nghị quán triệt ngày 20/11 cho bao nhiêu cán bộ?", "20/11")]
    [InlineData("Năm 2023 Quảng Trị khai mạc hội nghị quán triệt ngày 1/12 cho bao nhiêu cán bộ?", "1/12")]
    [InlineData("Hội nghị quán triệt ngày 3/11/2023 ở Quảng Trị có bao nhiêu cán bộ?", null)]
    [InlineData("hoi nghi quan triet ngay 20/11/2023 o quang tri co bao nhieu can bo", "20/11")] // a full date: its day too
    public async Task ComposeAsync_DayOfAMonth_MustBeWritten(string question, string? missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage("Năm 2023, hội nghị quán triệt diễn ra từ ngày 1 đến ngày 3/11 tại Quảng Trị cho 450 cán bộ.")]);

        AssertAnsweredOrNamedMissing(answer, missing, StringComparison.Ordinal);
    }

    // A name capitalised mid-sentence that the index never writes ("APEC", "hội Lim") is something named; a short form a
    // run of the material's words spells ("BDVTU": Ban Dân vận Tỉnh ủy) or one the index writes is not.
    [Theory]
    [InlineData("Năm 2023 Quảng Trị tổ chức mấy hội nghị quán triệt về APEC?", "APEC")]
    [InlineData("Năm 2023 Quảng Trị tổ chức mấy hội nghị quán triệt ở hội Lim?", "Lim")]
    [InlineData("Năm 2023 Trưởng BDVTU Quảng Trị chủ trì mấy hội nghị quán triệt?", null)]
    [InlineData("Năm 2023 Quảng Trị tổ chức mấy hội nghị quán triệt Nghị quyết 25-NQ/TW?", null)]
    [InlineData("Năm 2023 Trưởng BDVU Quảng Trị chủ trì mấy hội nghị quán triệt?", null)] // a letter missing from a short form
    [InlineData("Năm 2023 Quảng Tr tổ chức mấy hội nghị quán triệt?", null)] // ... from a province
    [InlineData("Quảng Tr năm 2023 tổ chức mấy hội nghị quán triệt?", null)] // ... from the province opening the question
    public async Task ComposeAsync_CapitalisedNameTheIndexNeverWrites_IsNotMentioned(string question, string? missing)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Text)]);

        if (missing is null)
        {
            Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        }
        else
        {
            Assert.Equal(AnswerOutcome.None, answer.Outcome);
            Assert.Contains("không nhắc tới", answer.Text, StringComparison.Ordinal);
            Assert.Contains(missing, answer.Text, StringComparison.Ordinal);
        }
    }
    // A name of two syllables or more capitalised mid-sentence that the index writes names a place or person of the
    // materials; the word opening the sentence, one syllable, or a name the index never writes does not.
    [Theory]
    [InlineData("Cuối khóa ở Đông Hà có bao nhiêu người được khen?", true)]
    [InlineData("Đông Hà có bao nhiêu người được khen?", false)]
    [InlineData("Cuối khóa ở Cam Lộ có bao nhiêu người được khen?", false)]
    [InlineData("Cuối khóa ở Hà có bao nhiêu người được khen?", false)]
    public void NamesWrittenName_CapitalisedNameTheIndexWrites(string question, bool names)
    {
        var tokens = DanVan.Core.Text.IndexText.Tokens("Sáng 17/5, tại thành phố Đông Hà, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn");
        var vocabulary = new Vocabulary(tokens.Concat(tokens.Zip(tokens.Skip(1), DanVan.Core.Text.IndexText.Pair)).Distinct().ToDictionary(t => t, _ => 1), 10);
        Assert.Equal(names, NamedMentions.NamesWrittenName(question, vocabulary));
    }

    [Theory]
    [InlineData("ngay hoi o khu dan cu ben phuoc thinh lam vao dip nao", true)] // after "bên", no kind of locality
    [InlineData("o phuoc thinh khoi dan van hop may lan", true)]
    [InlineData("ben phuoc long khoi dan van hop may lan", false)] // the index writes no "Phước Long"
    [InlineData("Ngày hội ở khu dân cư bên Phước Thịnh làm vào dịp nào?", false)] // typed with diacritics: NamesWrittenName reads it
    [InlineData("khoi dan van hop dinh ky may lan", false)] // "dinh ky" is written, but never after a kind of locality
    public void NamesWrittenLocality_PlainNameTheIndexWritesAfterALocalityKind(string question, bool names)
    {
        var tokens = DanVan.Core.Text.IndexText.Tokens("Quy chế công tác dân vận xã Phước Thịnh. Khối dân vận xã họp định kỳ mỗi quý một lần.");
        var vocabulary = new Vocabulary(tokens.Concat(tokens.Zip(tokens.Skip(1), DanVan.Core.Text.IndexText.Pair)).Distinct().ToDictionary(t => t, _ => 1), 10);
        Assert.Equal(names, NamedMentions.NamesWrittenLocality(question, DanVan.Core.Lexicon.QuestionLexicon.Default, vocabulary));
    }
}
