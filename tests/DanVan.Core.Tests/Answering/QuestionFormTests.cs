using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// What a question's form adds to what it asks: an indefinite "mấy", approximators, chat around it, a magnitude after a
/// count asker, a preposition before a name, an indefinite "ai" in a yes/no question.
/// </summary>
public sealed class QuestionFormTests
{
    private static string Read(string question) => QuestionForm.Read(question, QuestionLexicon.Default);

    [Theory]
    [InlineData("Mấy năm gần đây dân vận ở Cà Mau làm được những gì?", "năm gần đây dân vận ở Cà Mau làm được những gì?")] // a time phrase
    [InlineData("may nam qua dan van o ca mau lam duoc gi", "nam qua dan van o ca mau lam duoc gi")] // typed without diacritics
    [InlineData("Liệt kê giúp em mấy chuyên đề của lớp Hà Nam năm 2022.", "chuyên đề của lớp Hà Nam năm 2022.")] // after a list imperative opening its clause (then chat)
    [InlineData("ninh binh 2019 lop do goi nhung ai di hoc, co may ong truong ban dan van huyen khong", "ninh binh 2019 lop do goi nhung ai di hoc, co ong truong ban dan van huyen khong")] // a yes/no frame
    [InlineData("Lãnh đạo mấy ban ngành ở Nghệ An còn nói thêm chuyện gì?", "Lãnh đạo ban ngành ở Nghệ An còn nói thêm chuyện gì?")] // another question word in its clause
    [InlineData("Ở Cà Mau, mấy người trong ban chỉ đạo cấp tỉnh có được gọi đi học không?", "Ở Cà Mau, người trong ban chỉ đạo cấp tỉnh có được gọi đi học không?")] // the subject of a yes/no clause
    [InlineData("may ong o ninh binh co nhac phong trao nao khong", "ong o ninh binh co nhac phong trao nao khong")] // typed without diacritics
    public void Read_IndefiniteMay_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    // A span of years written short is read as the full years the materials write, typed either way; a day span, a
    // count range, a span backwards or a document number are left as typed.
    [Theory]
    [InlineData("Giai đoạn 21-22 Tuyên Quang làm được bao nhiêu mô hình?", "Giai đoạn 2021-2022 Tuyên Quang làm được bao nhiêu mô hình?")]
    [InlineData("giai doan 21 - 22 tuyen quang lam duoc bao nhieu mo hinh", "giai doan 2021 - 2022 tuyen quang lam duoc bao nhieu mo hinh")]
    [InlineData("Nhiệm kỳ 2020–25 tỉnh đặt mục tiêu gì?", "Nhiệm kỳ 2020–2025 tỉnh đặt mục tiêu gì?")]
    [InlineData("thoi ky 98-99 co gi", "thoi ky 1998-1999 co gi")]
    [InlineData("Lớp học ngày 21-22/8 ở đâu?", "Lớp học ngày 21-22/8 ở đâu?")]
    [InlineData("Giai đoạn 21-22/8 học gì?", "Giai đoạn 21-22/8 học gì?")]
    [InlineData("Lớp có 21-22 người à?", "Lớp có 21-22 người à?")]
    [InlineData("Giai đoạn 22-21 là gì?", "Giai đoạn 22-21 là gì?")]
    [InlineData("Năm 2021-2022 có gì?", "Năm 2021-2022 có gì?")]
    [InlineData("Văn bản 1234/2021-22 là gì?", "Văn bản 1234/2021-22 là gì?")]
    public void WithFullYears_ShortSpanOfYears_IsReadAsTheFullYears(string question, string read) =>
        Assert.Equal(read, QuestionForm.WithFullYears(question, QuestionLexicon.Default));

    // Read so, the short span names no numbered stage ("giai đoạn 21") the materials would have to hold.
    [Fact]
    public void Read_ShortSpanOfYears_NamesTheYears()
    {
        var read = Read("Giai đoạn 21-22 Tuyên Quang làm được bao nhiêu mô hình?");
        var mentions = NamedMentions.Of(read, QueryBuilder.Build(read, Vocabulary.Empty), QuestionLexicon.Default);
        Assert.Empty(mentions.Missing([Tokenizer.Tokenize("giai đoạn 2021 – 2022, tuyên quang đã xây dựng 2.034 mô hình")]));
    }

    [Theory]
    [InlineData("Lớp có mấy học viên?")]
    [InlineData("Lớp có mấy học viên không?")] // "có" opens no clause: a count
    [InlineData("Mấy học viên được khen?")] // a subject, but no yes/no clause
    [InlineData("Lớp có mấy học viên, có đông không?")] // the yes/no frame is another clause's
    [InlineData("Quy chế nêu mấy nguyên tắc?")] // "nêu" is the verb, not an imperative opening the clause
    [InlineData("Huyện phải gắn tuyên truyền với chỉ thị số mấy và phong trào thi đua nào?")] // a joiner before the other asker; "số mấy"
    [InlineData("Điều mấy quy định việc gì?")] // an article's number
    [InlineData("Lớp khai mạc năm mấy, ở đâu?")] // part of a longer question word
    [InlineData("Có mấy chuyên đề, là những chuyên đề gì?")] // the other asker is in another clause; no closer
    public void Read_CountAsked_IsKept(string question) =>
        Assert.Equal(question, Read(question));

    [Theory]
    [InlineData("Năm 2016 Bình Phước mở tính ra khoảng bao nhiêu lớp?", "Năm 2016 Bình Phước mở bao nhiêu lớp?")]
    [InlineData("anh em di hoc tinh ra khoang bao nhieu nguoi", "anh em di hoc bao nhieu nguoi")] // typed without diacritics
    [InlineData("cả năm 2016 mở tổng cộng mấy lớp", "cả năm 2016 mở mấy lớp")]
    [InlineData("Khóa 2023 ở Tuyên Quang có mấy trăm người tham dự?", "Khóa 2023 ở Tuyên Quang có mấy người tham dự?")] // an order of magnitude after the asker
    [InlineData("co bao nhieu nghin luot nguoi", "co bao nhieu luot nguoi")]
    [InlineData("Lớp có 230 học viên, trong khoảng thời gian nào?", "Lớp có 230 học viên, trong khoảng thời gian nào?")] // no count asker after it
    public void Read_ApproximatorBeforeCountAsker_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Nhờ bot tra giúp: ai đứng lớp chính ở Tuyên Quang?", "ai đứng lớp chính ở Tuyên Quang?")] // a clause of chat
    [InlineData("Ai đứng lớp chính ở Tuyên Quang, bot trả lời giúp em nhé.", "Ai đứng lớp chính ở Tuyên Quang.")]
    [InlineData("Anh chi oi cho em hoi chut, ai dung lop o Quang Tri?", "ai dung lop o Quang Tri?")] // typed without diacritics
    [InlineData("Nhờ bot tra giúp năm 2016 Bình Phước mở mấy lớp?", "năm 2016 Bình Phước mở mấy lớp?")] // a run at the start
    [InlineData("nguoi dung dau ban dan van Binh Phuoc la ai vay moi nguoi", "nguoi dung dau ban dan van Binh Phuoc la ai")] // a run at the end
    [InlineData("Bao cao vien lop DVK o Quang Tri 2023 la TS nao, giang vien HVCT khu vuc may a?", "Bao cao vien lop DVK o Quang Tri 2023 la TS nao, giang vien HVCT khu vuc may?")] // final particles
    [InlineData("Chị phó ban dặn người đi học theo phương châm gì, ai nhớ chỉ giúp em.", "Chị phó ban dặn người đi học theo phương châm gì.")] // asking anyone who remembers
    [InlineData("Ai phát biểu khai mạc, em nhớ mang máng vậy, ai đúng thì sửa giúp.", "Ai phát biểu khai mạc.")]
    [InlineData("Hổm rày nghe nói lớp Hà Nam 2022 học mấy chuyên đề?", "lớp Hà Nam 2022 học mấy chuyên đề?")] // "lately, I heard": no time asked
    [InlineData("hom ray nghe noi lop Ha Nam 2022 hoc may chuyen de", "lop Ha Nam 2022 hoc may chuyen de")]
    [InlineData("Hỏi ngu tí: hồi 2016 Bình Phước mở mấy khóa?", "2016 Bình Phước mở mấy khóa?")] // a self-deprecating opener
    [InlineData("hoi ngu ti: hoi 2016 binh phuoc mo may khoa?", "hoi 2016 binh phuoc mo may khoa?")]
    public void Read_ChatAroundTheQuestion_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Bạn có biết năm 2016 Bình Phước mở bao nhiêu lớp không?", "năm 2016 Bình Phước mở bao nhiêu lớp?")]
    [InlineData("Tai lieu co neu muc luong co so nam 2024 la bao nhieu khong?", "muc luong co so nam 2024 la bao nhieu?")] // typed without diacritics
    [InlineData("Tài liệu có nêu lớp Hà Nam học mấy ngày, bao nhiêu học viên không ạ?", "lớp Hà Nam học mấy ngày, bao nhiêu học viên?")] // across clauses, a particle after the closer
    [InlineData("Bạn có biết không?", "Bạn có biết không?")] // nothing inside
    [InlineData("Bạn có biết năm 2016 Bình Phước mở bao nhiêu lớp?", "Bạn có biết năm 2016 Bình Phước mở bao nhiêu lớp?")] // no closer: no frame
    public void Read_YesNoFrameAroundTheQuestion_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Chủ tịch UBND xã có bao lâu để trả lời")] // a chat word with no courtesy word is what is asked
    [InlineData("Bot là gì?")] // nothing would be left
    [InlineData("Cách làm bánh bột lọc?")] // "bột" typed with diacritics is no "bot"
    public void Read_ChatWordThatIsContent_IsKept(string question) =>
        Assert.Equal(question, Read(question));

    [Theory]
    [InlineData("Lớp ở Tuyên Quang có mấy trăm học viên?", "Lớp ở Tuyên Quang có mấy học viên?")]
    [InlineData("hoi nghi co bao nhieu chuc nguoi du", "hoi nghi co bao nhieu nguoi du")] // typed without diacritics
    [InlineData("Tỉnh có mấy trăm nghìn người theo đạo?", "Tỉnh có mấy người theo đạo?")] // a run of them
    [InlineData("Đợt 1 có mấy trăm HV?", "Đợt 1 có mấy HV?")] // an abbreviated unit
    [InlineData("Số người dự là mấy trăm và học mấy ngày?", "Số người dự là mấy và học mấy ngày?")] // what is counted said before
    public void Read_MagnitudeOfACountAsked_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("ong ay kiem may chuc vu")] // "chuc vu" is chức vụ, a longer word
    [InlineData("xa co bao nhieu tram")] // typed without diacritics with nothing counted after it: may be trạm
    public void Read_MagnitudeNotBeforeWhatIsCounted_IsKept(string question) =>
        Assert.Equal(question, Read(question));

    [Theory]
    [InlineData("Khóa 2023 bên Tuyên Quang học mấy ngày?", "Khóa 2023 Tuyên Quang học mấy ngày?")] // a province
    [InlineData("Trưởng ban Dân vận Hà Nam hồi 2022 là ai?", "Trưởng ban Dân vận Hà Nam 2022 là ai?")] // a year
    [InlineData("Lớp học dạo tháng 6 ở đâu?", "Lớp học tháng 6 ở đâu?")] // a unit of time
    [InlineData("Ông ấy giữ chức gì bên tỉnh?", "Ông ấy giữ chức gì tỉnh?")] // a level of office
    public void Read_PrepositionBeforeAName_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Quyết định thu hồi năm 2020 là số mấy?")] // "thu hồi" is a longer word
    [InlineData("Lớp có mấy bên phối hợp?")] // no name after it
    [InlineData("lop 2023 ben Tuyen Quang hoc may ngay")] // typed without diacritics and no index to tell "ben" from bền, bến
    public void Read_PrepositionThatIsNoneThere_IsKept(string question) =>
        Assert.Equal(question, Read(question));

    [Fact]
    public void Read_PrepositionTypedWithoutDiacritics_OnlyWhereTheIndexWritesNoPairWithIt()
    {
        var vocabulary = new Vocabulary(new Dictionary<string, int> { ["dai"] = 3, ["hoi"] = 5, [IndexText.Pair("dai", "hoi")] = 3 }, 10);
        Assert.Equal("lop 2023 Tuyen Quang hoc may ngay", QuestionForm.Read("lop 2023 ben Tuyen Quang hoc may ngay", QuestionLexicon.Default, vocabulary));
        Assert.Equal("bi thu Ha Nam 2022 la ai", QuestionForm.Read("bi thu Ha Nam hoi 2022 la ai", QuestionLexicon.Default, vocabulary));
        Assert.Equal("dai hoi 2020 ban nhung gi", QuestionForm.Read("dai hoi 2020 ban nhung gi", QuestionLexicon.Default, vocabulary)); // đại hội
    }

    [Theory]
    [InlineData("ket qua lop hoc the nao, co ai truot khong?", "ket qua lop hoc the nao, co truot khong?")] // did anyone fail
    [InlineData("Lớp học kéo dài mấy ngày, có ai vắng mặt không?", "Lớp học kéo dài mấy ngày, có vắng mặt không?")]
    [InlineData("Quy chế nói gì về tiếp dân, có chỗ nào nói về thời hạn không?", "Quy chế nói gì về tiếp dân, có nói về thời hạn không?")]
    public void Read_IndefiniteInAYesNoClauseBesideAnAsk_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Lớp học có ai vắng mặt không?")] // alone, it asks who
    [InlineData("Lớp học kéo dài mấy ngày, có ai vắng mặt?")] // no closer: who was absent
    [InlineData("Ai chủ trì, có phát biểu không?")] // "ai" opens its own clause
    [InlineData("Có ai vắng không, có gì mới không?")] // no other clause asks anything
    public void Read_QuestionWordThatAsks_IsKept(string question) =>
        Assert.Equal(question, Read(question));

    [Fact]
    public void Read_IndefiniteInAYesNoClause_AsksForNoPerson()
    {
        const string Question = "Kết quả bài kiểm tra thế nào, có ai trượt không?";
        const string Sentence = "Cuối lớp, 100% học viên đạt yêu cầu.";
        Assert.False(For(Question).IsMetBy(Sentence)); // "ai" alone reads as a person asked
        Assert.True(For(Read(Question)).IsMetBy(Sentence));
    }

    [Theory]
    [InlineData("Buổi tập huấn dân vận Hà Nam năm 2022 hình như diễn ra hôm 30/4 phải không nhỉ?", "Buổi tập huấn dân vận Hà Nam năm 2022 diễn ra hôm nào?")] // a day
    [InlineData("Quy chế mới của xã Phước Thịnh thay cho quy chế cũ số 05 ban hành năm 2019 phải không?", "Quy chế mới của xã Phước Thịnh thay cho quy chế cũ số 05 ban hành năm nào?")] // a year
    [InlineData("Lớp bồi dưỡng ở Cà Mau khai giảng hôm 11/1 phải không mấy anh chị?", "Lớp bồi dưỡng ở Cà Mau khai giảng hôm nào?")] // the askers addressed after the closer (form.chat), not a count
    [InlineData("tuyen quang giai doan 2021-2022 co gan 2000 mo hinh dan van kheo phai ko, may cai dc tinh bieu duong", "tuyen quang giai doan 2021-2022 co bao nhieu mo hinh dan van kheo, may cai dc tinh bieu duong")] // a count stated approximately, typed without diacritics
    [InlineData("Hình như ở Đắk Nông tỉnh có tầm 50 dân tộc, đồng bào thiểu số chiếm khoảng 1/4 dân số, đúng không?", "ở Đắk Nông tỉnh có bao nhiêu dân tộc, đồng bào thiểu số chiếm bao nhiêu phần trăm dân số?")] // before a closer of its own
    [InlineData("Ở lớp Nghệ An 2013, ông Đại có nhắc tiếp tục làm theo chỉ thị số 16 của Thủ tướng, có đúng không?", "Ở lớp Nghệ An 2013, ông Đại có nhắc tiếp tục làm theo chỉ thị số mấy của Thủ tướng?")] // a document's number
    [InlineData("Có phải quy tắc 4 xin, 4 luôn của xã Phước Thịnh nằm ở Điều 7 không?", "quy tắc 4 xin, 4 luôn của xã Phước Thịnh nằm ở Điều mấy?")] // an opener and a yes/no closer
    [InlineData("Năm 2016 Bình Phước mở 10 lớp phải không?", "Năm 2016 Bình Phước mở bao nhiêu lớp?")] // a count and what it counts
    [InlineData("Có phải có khoảng 500 người được khen ở cuối lớp Quảng Trị năm 2010 không?", "có bao nhiêu người được khen ở cuối lớp Quảng Trị năm 2010?")] // the approximate count is the guess, not the year after it
    public void Read_ValueAGuessStates_IsAsked(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Có phải năm 2025 Bình Phước mở lớp tập huấn dân vận không?")] // the year places the act
    [InlineData("Năm 2019 Cà Mau bồi dưỡng nghiệp vụ dân vận cho lãnh đạo các sở, ngành phải không?")]
    [InlineData("Chỉ thị số 16 của Thủ tướng phải không?")] // the number is all the question names
    [InlineData("Lớp dân vận khai mạc hôm 30/4 phải không?")] // nothing else names what it asks about
    [InlineData("Buổi tập huấn ở Hà Nam diễn ra hôm 30/4 hay 30/3?")] // no guess checked
    [InlineData("Lớp tập huấn dân vận khéo ở Quảng Trị năm 2010 phải không?")] // the year right after a name names the course
    public void Read_ValueThatNamesWhatIsAskedAbout_IsKept(string question) =>
        Assert.Equal(question, Read(question));

    [Fact]
    public void Read_GuessTypedWithoutDiacritics_GroundedByALocalityTheIndexWrites()
    {
        const string Question = "quy che moi cua xa phuoc thinh thay cho quy che cu so 05 ban hanh nam 2019 phai khong?";
        var written = new Vocabulary(new Dictionary<string, int> { ["phuoc"] = 2, ["thinh"] = 2, [IndexText.Pair("xa", "phuoc")] = 2, [IndexText.Pair("phuoc", "thinh")] = 2 }, 10);
        var unwritten = new Vocabulary(new Dictionary<string, int> { ["phuoc"] = 2, ["thinh"] = 2 }, 10);
        Assert.Equal("quy che moi cua xa phuoc thinh thay cho quy che cu so 05 ban hanh nam nao?", QuestionForm.Read(Question, QuestionLexicon.Default, written));
        Assert.Equal(Question, QuestionForm.Read(Question, QuestionLexicon.Default, unwritten));
    }
}
