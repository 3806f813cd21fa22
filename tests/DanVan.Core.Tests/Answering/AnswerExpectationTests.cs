using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

public sealed class AnswerExpectationTests
{
    [Theory]
    [InlineData("Tỉnh có bao nhiêu huyện?", "Toàn tỉnh có 9 huyện, thành phố.")]
    [InlineData("co bao nhieu hoc vien tham du", "Lớp học có 230 học viên tham dự.")]
    [InlineData("Cấp chứng chỉ cho bao nhiêu người?", "Học viện cấp chứng chỉ cho 170 học viên.")]
    [InlineData("Có bao nhiêu người có uy tín?", "Toàn tỉnh có 1.200 người có uy tín.")]
    [InlineData("Dân số của tỉnh là bao nhiêu?", "Dân số toàn tỉnh khoảng 1,2 triệu người.")]
    [InlineData("Kế hoạch hành động số mấy?", "Ban hành Kế hoạch số 05-KH/BDV về công tác dân vận.")]
    [InlineData("Quán triệt nghị quyết đại hội lần thứ mấy?", "Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.")]
    [InlineData("Tỷ lệ giải quyết đơn thư đạt bao nhiêu phần trăm?", "Tỷ lệ giải quyết đạt 98%.")]
    [InlineData("Lớp học kéo dài mấy ngày?", "Trong 3 ngày (27-29/8), học viên được tập huấn.")]
    [InlineData("Hòa giải được bao nhiêu vụ mâu thuẫn?", "Đã hòa giải thành công 87 vụ việc mâu thuẫn.")]
    [InlineData("Đã làm được bao nhiêu cây số đường?", "Hơn 350 km đường bê tông được làm mới.")] // another name of the unit
    [InlineData("Hòa giải được bao nhiêu chuyện mâu thuẫn?", "Đã hòa giải thành công 87 vụ việc mâu thuẫn.")] // everyday counters of a class
    [InlineData("Tỉnh đã mở mấy đợt tập huấn?", "Tỉnh đã tập huấn 2 lần cho cán bộ cơ sở.")]
    [InlineData("Hòa giải được bao nhiêu chuyện xích mích trong làng?", "Đã hòa giải thành công 87 vụ việc mâu thuẫn trong cộng đồng.")] // "trong làng" in other words
    [InlineData("Ban tiếp nhận bao nhiêu lá đơn?", "Ban tiếp nhận 45 đơn thư của công dân.")]
    [InlineData("Cán bộ được nhắc thực hiện chỉ thị số mấy?", "Tiếp tục thực hiện Chỉ thị 18/2000/CT-TTg của Thủ tướng.")] // what is numbered
    [InlineData("Lớp học có bao nhiêu HV?", "Lớp học có 140 học viên học tập trung.")] // an abbreviated unit
    [InlineData("ban hanh ke hoach so may de trien khai nghi quyet", "Ban hành Kế hoạch số 05-KH/BDV để triển khai nghị quyết.")] // "so may" before "de" (để)
    [InlineData("Đề nghị gắn CTDV với thực hiện CT số mấy?", "Đề nghị tổ chức thực hiện các chỉ thị gắn với thực hiện Chỉ thị 05 của Tỉnh ủy.")] // "CT" before "số" is a document
    [InlineData("Lớp bồi dưỡng diễn ra mấy ngày?", "Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11, học viên được nghe chuyên đề.")] // a span of days
    [InlineData("Lớp học kéo dài bao nhiêu ngày?", "Lớp học (27 – 29/8) có nhiều chuyên đề.")]
    [InlineData("Đơn thư được xử lý đạt bao nhiêu %?", "Tỷ lệ giải quyết đơn thư khiếu nại đạt 96,4%.")] // "%" asked
    [InlineData("Trong hơn 800 cán bộ được tập huấn, bao nhiêu người thuộc lực lượng vũ trang?", "Có 120 người thuộc lực lượng vũ trang.")] // another number
    [InlineData("Ban tổ chức khen bao nhiêu người có bài thu hoạch tốt nhất?", "Ban tổ chức đã khen thưởng 27 học viên có bài thu hoạch xuất sắc.")] // half of what narrows it
    [InlineData("Ban tổ chức tặng khen cho bao nhiêu người làm bài tốt?", "Ban tổ chức đã khen thưởng 27 học viên có bài thu hoạch xuất sắc.")] // a clause narrowing people, word by word
    [InlineData("Hội nghị có khoảng mấy người ngồi nghe?", "Tỉnh tổ chức tập huấn cho gần 250 học viên là cán bộ lãnh đạo.")] // taking part narrows nothing
    [InlineData("Mấy người dự lớp Dân vận khéo ở Quảng Trị năm 2023?", "Tham dự lớp tập huấn có 185 học viên là trưởng, phó ban dân vận các huyện.")] // a word for people holding taking part: the course's name narrows nothing
    [InlineData("Cái nghị định về dân chủ trong doanh nghiệp là số mấy?", "Triển khai Nghị định 60/CP về thực hiện quy chế dân chủ cơ sở trong các doanh nghiệp.")] // the document named before "số mấy"
    [InlineData("Lớp có học nghị định về dân chủ trong doanh nghiệp không, số mấy?", "Triển khai Nghị định 60/CP về thực hiện quy chế dân chủ cơ sở trong các doanh nghiệp.")] // in an earlier clause
    [InlineData("Hội nghị giúp triển khai nghị quyết đại hội đảng bộ tỉnh khóa mấy?", "Giúp triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.")] // an ordinal by another of its words
    [InlineData("Đại hội đảng bộ tỉnh lần thứ bao nhiêu?", "Đại hội đại biểu Đảng bộ tỉnh khóa XX đã thành công.")]
    [InlineData("Tỉnh tổ chức mấy khóa?", "Toàn tỉnh mở 5 lớp tập huấn.")] // "mấy khóa" still counts
    [InlineData("Mấy người được nhận chứng chỉ?", "Học viện cấp chứng chỉ bồi dưỡng nghiệp vụ cho 170 học viên.")] // an act said the other way round
    [InlineData("Bao nhiêu người được trao giấy chứng nhận?", "Ban tổ chức cấp giấy chứng nhận cho 230 học viên.")]
    [InlineData("Bao nhiêu người qua bài kiểm tra?", "Cuối lớp, 230 học viên làm bài kiểm tra trắc nghiệm, 100% đạt yêu cầu.")] // passing is reaching the level
    [InlineData("bao nhieu nguoi qua bai kiem tra", "Cuối lớp, 230 học viên làm bài kiểm tra trắc nghiệm, 100% đạt yêu cầu.")]
    [InlineData("Một mô hình phải trả lời được mấy câu hỏi theo báo cáo viên ở Quảng Trị?", "Theo ông Vinh, một mô hình cần trả lời được ba câu hỏi.")] // who says it narrows nothing
    [InlineData("Lớp học có bao nhiêu học viên theo giảng viên?", "Lớp học có 230 học viên.")]
    [InlineData("Cuối khóa có kiểm tra không, bao nhiêu phần trăm qua?", "Cuối lớp, 230 học viên làm bài kiểm tra trắc nghiệm, 100% đạt yêu cầu.")] // a share narrowed by an act
    [InlineData("tinh dat muc tieu bao nhieu phan tram xa phuong lam tot dan chu co so", "Tỉnh phấn đấu 100% xã, phường, thị trấn thực hiện tốt dân chủ ở cơ sở.")] // "muc" of "mục tiêu" is no rate word
    public void IsMetBy_SentenceCountingWhatIsAsked_IsMet(string question, string sentence)
    {
        var expectation = For(question);
        Assert.True(expectation.IsSpecific);
        Assert.True(expectation.IsMetBy(sentence));
    }

    [Theory]
    [InlineData("Tỉnh có bao nhiêu huyện?", "Lãnh đạo các huyện, thành phố dự lớp học.")]
    [InlineData("Tỉnh có bao nhiêu huyện?", "Lớp học có 230 học viên đến từ các sở, ngành.")]
    [InlineData("Dân số của tỉnh là bao nhiêu?", "Một số Hội quần chúng cấp tỉnh cùng tham dự.")]
    [InlineData("Kế hoạch hành động số mấy?", "Tỉnh ban hành kế hoạch hành động về công tác dân vận.")]
    [InlineData("Có bao nhiêu học viên?", "Các học viên được nghe nhiều chuyên đề quan trọng.")]
    [InlineData("Mấy người được nhận chứng chỉ?", "Học viện cấp giấy khen cho 170 học viên.")] // the act said the other way round, but not what was received
    [InlineData("Mấy người được nhận chứng chỉ?", "Có 170 học viên tham dự lớp học.")]
    [InlineData("Bao nhiêu người qua bài kiểm tra?", "Có 230 học viên tham dự lớp học.")]
    [InlineData("Bao nhiêu phần trăm qua?", "Cuối lớp, 230 học viên làm bài kiểm tra, 95% được khen thưởng.")]
    [InlineData("Có bao nhiêu người theo đạo Công giáo?", "Toàn tỉnh có 230 người theo đạo Phật.")] // "theo" before no person still narrows
    [InlineData("Có bao nhiêu học viên?", "Trong những ngày (20 – 22/10), các học viên được nghe chuyên đề.")] // a date is not a count
    [InlineData("Có bao nhiêu học viên?", "Lớp học diễn ra từ ngày 1 đến ngày 3/11, các học viên được nghe chuyên đề.")] // nor is "ngày 3/11"
    [InlineData("Có bao nhiêu cán bộ tham dự?", "Khắc phục tình trạng một số cán bộ, công chức còn nặng về mệnh lệnh.")] // "một số" is "some"
    [InlineData("Có bao nhiêu người tham gia?", "Đã vận động một vài người dân tham gia.")]
    [InlineData("Mô hình đã xây được bao nhiêu căn nhà?", "Lớp học có 230 cán bộ tham dự.")] // "căn" is not "cán" (of cán bộ)
    [InlineData("Trong hơn 800 cán bộ được tập huấn, bao nhiêu người thuộc lực lượng vũ trang?", "Tỉnh tập huấn cho trên 800 cán bộ, có cả lực lượng vũ trang.")] // the number the question states
    [InlineData("Có bao nhiêu tín đồ Công giáo?", "Toàn tỉnh có khoảng 180.000 tín đồ, công tác tôn giáo được quan tâm.")] // what narrows the count
    [InlineData("Lớp học có bao nhiêu học viên bị kỷ luật?", "Tham dự lớp tập huấn có 185 học viên.")] // a clause none of whose words the sentence says
    [InlineData("Lớp học có bao nhiêu học viên phải thi lại?", "Tham dự lớp tập huấn có 185 học viên.")] // typed with diacritics, "thi" is no "thì"
    [InlineData("Bao nhiêu người tham dự là nữ?", "Tham dự lớp tập huấn có 185 học viên.")] // "là" after a word holding taking part still narrows
    [InlineData("Mấy trăm người dự hội Lim năm nay?", "Đại biểu HĐND xã dành ít nhất 01 buổi mỗi quý để tiếp 120 công dân.")] // the event after "người dự" narrows
    [InlineData("Cái nghị định về dân chủ trong doanh nghiệp là số mấy?", "Nghị định về dân chủ được triển khai trong 3 ngày.")] // a document's number stands right after its type
    [InlineData("Hội nghị giúp triển khai nghị quyết đại hội đảng bộ tỉnh khóa mấy?", "Lớp học diễn ra trong 2 ngày với 4 chuyên đề.")]
    [InlineData("Hội nghị giúp triển khai nghị quyết đại hội đảng bộ tỉnh khóa mấy?", "Khóa học có 4 chuyên đề.")] // an ordinal's number stands right after it
    public void IsMetBy_SentenceWithoutThatCount_IsNotMet(string question, string sentence) =>
        Assert.False(For(question).IsMetBy(sentence));

    // A word for people the materials never write ("học trò") is met by any count of people when its first
    // syllable opens a word for any people; one opening only a word for people of a kind ("giáo dân") is not ("giáo viên").
    [Theory]
    [InlineData("Lớp học có bao nhiêu học trò?", true)]
    [InlineData("lop hoc co bao nhieu hoc tro", true)]
    [InlineData("khen thuong bao nhieu hoc tro co bai thu hoach xuat sac", true)] // what narrows it starts after the whole word
    [InlineData("Lớp học có bao nhiêu giáo viên?", false)]
    [InlineData("Lớp học có bao nhiêu phóng viên?", false)]
    public void IsMetBy_UnwrittenWordForPeople_MetByACountOfPeople(string question, bool met)
    {
        const string Sentence = "Ban tổ chức đã khen thưởng 27 học viên có bài thu hoạch xuất sắc.";

        Assert.False(For(question).IsMetBy(Sentence));
        Assert.Equal(met, For(question).WithUnwrittenPeopleWords(_ => false).IsMetBy(Sentence));
        Assert.False(For(question).WithUnwrittenPeopleWords(_ => true).IsMetBy(Sentence)); // a word the index writes counts itself
    }

    [Fact]
    public void AskedWords_UnwrittenWordForPeople_KeepsOnlyItsFirstSyllable()
    {
        var expectation = For("Lớp học có bao nhiêu học trò?").WithUnwrittenPeopleWords(_ => false);

        Assert.Contains("hoc", expectation.AskedWords);
        Assert.DoesNotContain("tro", expectation.AskedWords);
    }

    // A syllable typed without diacritics that may be a function word ("tai": tại) narrows a count no more than typed with them.
    [Theory]
    [InlineData("Có bao nhiêu học viên tại huyện?")]
    [InlineData("co bao nhieu hoc vien tai huyen")]
    public void IsMetBy_CountNarrowedAfterAFoldedFunctionWord_ReadAsTyped(string question) =>
        Assert.True(For(question).IsMetBy("Huyện mở lớp cho 150 học viên."));

    [Fact]
    public void IsMetBy_TimeQuestion_NeedsADateOrAPeriod()
    {
        var expectation = For("Lớp học khai mạc vào ngày nào?");
        Assert.True(expectation.IsMetBy("Sáng 1/11, lớp học khai mạc."));
        Assert.True(For("Khối dân vận họp bao lâu một lần?").IsMetBy("Khối dân vận họp định kỳ hằng quý."));
        Assert.False(expectation.IsMetBy("Lớp học khai mạc trọng thể tại hội trường."));
    }

    [Fact]
    public void IsMetBy_TimeAskedBesideACount_ADateWillDo()
    {
        var expectation = For("Ngày hội được tổ chức vào dịp nào, ở điều mấy?");
        Assert.True(expectation.IsMetBy("Chủ trì tổ chức Ngày hội vào dịp 18/11 hằng năm."));
        Assert.False(expectation.IsMetBy("Chủ trì tổ chức Ngày hội ở khu dân cư."));
    }

    [Fact]
    public void IsMetBy_YearQuestion_NeedsAYearNotJustADay()
    {
        var expectation = For("Lớp bồi dưỡng ở Cà Mau được tổ chức vào năm nào?");
        Assert.True(expectation.IsMetBy("Năm 2019, lớp bồi dưỡng được tổ chức tại Cà Mau."));
        Assert.False(expectation.IsMetBy("Sáng 1/11, lớp bồi dưỡng khai mạc tại Cà Mau."));
    }

    [Fact]
    public void IsMetBy_QuestionAskingTwoThings_AnyOfThemWillDo()
    {
        var expectation = For("Lớp học có bao nhiêu học viên, khai mạc ngày nào?");
        Assert.True(expectation.IsMetBy("Lớp học có 230 học viên."));
        Assert.True(expectation.IsMetBy("Sáng 1/11, lớp học khai mạc."));
        Assert.False(expectation.IsMetBy("Lớp học khai mạc long trọng."));
    }

    [Fact]
    public void IsMetBy_PersonQuestion_NeedsSomeoneNamed()
    {
        var expectation = For("Ai phát biểu khai mạc lớp học?");
        Assert.True(expectation.IsMetBy("Đồng chí Nguyễn Văn Hùng phát biểu khai mạc."));
        Assert.True(expectation.IsMetBy("Phát biểu khai mạc, Trưởng ban Dân vận nhấn mạnh vai trò của cơ sở."));
        Assert.False(expectation.IsMetBy("Lớp học khai mạc với nhiều nội dung thiết thực."));
    }

    // The holder of an office asked by name ("tên gì", chat's "tên j") is met by a sentence naming someone in that office,
    // not by one naming the body only.
    [Theory]
    [InlineData("Hiệu trưởng Trường Chính trị tỉnh, nơi phối hợp mở lớp, tên gì?")]
    [InlineData("hieu truong truong chinh tri tinh, noi phoi hop mo lop nam 2023, ten j vay")]
    public void IsMetBy_HolderOfAnOfficeAskedByName_NeedsTheHolderNamed(string question)
    {
        var expectation = For(question);
        Assert.False(expectation.IsMetBy("Sáng 8/8, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh khai mạc lớp tập huấn năm 2023."));
        Assert.True(expectation.IsMetBy("Dự khai mạc có đồng chí Nguyễn Văn Hùng, Hiệu trưởng Trường Chính trị tỉnh."));
    }

    [Theory]
    [InlineData("Ngoài mấy chuyên đề chính, các ngành còn nói thêm gì?", false)] // "mấy" after "ngoài" is given, not asked
    [InlineData("ngoai may chuyen de chinh cac nganh con noi them gi", false)]
    [InlineData("Bên cạnh bao nhiêu chuyên đề ấy, lớp học còn có nội dung gì?", false)]
    [InlineData("Ngoài 4 chuyên đề chính, còn mấy chuyên đề khác?", true)] // asked in its own clause
    public void IsSpecific_CountCueFramedAsGiven_AsksNoCount(string question, bool expected) =>
        Assert.Equal(expected, For(question).IsSpecific);

    // A cue of several words opening inside a word the lexicon writes asks nothing: "đơn vị nào" asks no person ("vị
    // nào"), "cau hoi nao" (câu hỏi) no time ("hồi nào").
    [Theory]
    [InlineData("Ban Dân vận Tỉnh ủy phối hợp với đơn vị nào mở lớp bồi dưỡng?", "Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh mở lớp bồi dưỡng.")]
    [InlineData("mot mo hinh tot phai tra loi duoc nhung cau hoi nao", "Một mô hình cần trả lời được ba câu hỏi: giải quyết vấn đề gì của dân, ai thực hiện.")]
    public void IsMetBy_CueOpeningInsideAKnownWord_AsksNothing(string question, string sentence) =>
        Assert.True(For(question).IsMetBy(sentence));

    [Fact]
    public void IsMetBy_CueNotInsideAWord_StillAsks() =>
        Assert.False(For("Vị nào khai mạc lớp bồi dưỡng?").IsMetBy("Lớp bồi dưỡng khai mạc với nhiều nội dung thiết thực."));

    // "từ hôm nào tới hôm nào" is met by any dated sentence, held as asked by the one giving the span of days; one day
    // asked is met by a period word ("sau khi …") too, held as asked by a date.
    [Theory]
    [InlineData("Lớp bồi dưỡng ở Cà Mau học từ hôm nào tới hôm nào?", true)]
    [InlineData("Lớp bồi dưỡng ở Cà Mau diễn ra từ ngày nào đến ngày nào?", true)]
    [InlineData("Lớp bồi dưỡng ở Cà Mau khai mạc hôm nào?", false)]
    public void HoldsAsAsked_DaySpanAsked_TheSentenceGivingTheSpan(string question, bool spanAsked)
    {
        var expectation = For(question);

        Assert.True(expectation.IsMetBy("Sáng 1/11, Ban Dân vận Tỉnh ủy khai mạc lớp bồi dưỡng."));
        Assert.Equal(!spanAsked, expectation.HoldsAsAsked("Sáng 1/11, Ban Dân vận Tỉnh ủy khai mạc lớp bồi dưỡng."));
        Assert.True(expectation.HoldsAsAsked("Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11."));
    }

    [Fact]
    public void HoldsAsAsked_DayAsked_ADateNotAPeriodWord()
    {
        var expectation = For("Đợt tập huấn dân vận ở Hà Nam bữa nào mở màn?");
        const string period = "Sau khi nghe phát biểu khai mạc, các học viên được truyền đạt các chuyên đề.";

        // "sau khi" tells when but gives no day (lexicon relativeTimes): it neither meets nor holds the day asked.
        Assert.False(expectation.IsMetBy(period));
        Assert.False(expectation.HoldsAsAsked(period));
        Assert.True(expectation.HoldsAsAsked("Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn."));
    }

    // A cut of a sentence shared with another answering sentence keeps what it holds of the fact: the kind asked, and the
    // name of a person asked (an office alone meets "ai" loosely).
    [Theory]
    [InlineData("Lớp năm 2019 ở Ninh Bình mời ai về nói chuyện?", "… nguyên Phó Trưởng ban thường trực Ban Dân vận Trung ương giới thiệu chuyên đề.", false)]
    [InlineData("Lớp năm 2019 ở Ninh Bình mời ai về nói chuyện?", "Lớp bồi dưỡng được đồng chí Nguyễn Thế Trung, nguyên Phó Trưởng ban thường trực Ban Dân vận Trung ương …", true)]
    [InlineData("Lớp năm 2019 ở Ninh Bình khai mạc hôm nào?", "… giới thiệu chuyên đề về dân vận chính quyền.", false)]
    public void CutKeepsFact_KindAndAskedPersonsName(string question, string cut, bool keeps)
    {
        const string sentence = "Chiều 9/5, lớp bồi dưỡng được đồng chí Nguyễn Thế Trung, nguyên Phó Trưởng ban thường trực Ban Dân vận Trung ương giới thiệu chuyên đề.";

        Assert.Equal(keeps, For(question).CutKeepsFact(sentence, cut));
    }

    [Fact]
    public void IsMetBy_GeneralQuestion_AnySentence()
    {
        var expectation = For("Lớp học có những chuyên đề gì?");
        Assert.False(expectation.IsSpecific);
        Assert.True(expectation.IsMetBy("Học viên được nghe chuyên đề về dân vận chính quyền."));
    }

    [Theory]
    [InlineData("Ai là Trưởng Ban Dân vận Trung ương hiện nay?", "Đồng chí Nguyễn Văn A, nguyên Phó Trưởng ban thường trực Ban Dân vận Trung ương, giảng bài.")]
    [InlineData("Trưởng Ban Dân vận Tỉnh ủy năm 2019 là ai?", "Đồng chí Nguyễn Thị B, Phó Trưởng ban Dân vận Tỉnh ủy, phát biểu.")]
    [InlineData("Ai là Trưởng Ban Dân vận Trung ương?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.")] // another body
    [InlineData("Chủ tịch UBND tỉnh là ai?", "Đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.")]
    [InlineData("Ai đang là Trưởng ban hiện nay?", "Đồng chí Phạm Văn E, nguyên Trưởng ban, dự lớp học.")] // a former holder, asked who holds it now
    [InlineData("Phó Trưởng Ban Dân vận Tỉnh ủy là ai?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.")] // the head, a deputy asked
    [InlineData("Chủ tịch UBND tỉnh là ai?", "Tham dự có lãnh đạo các sở, ban, ngành; chủ tịch, phó chủ tịch UBND các huyện, thành phố.")] // a list of offices, nobody named
    [InlineData("Chủ tịch UBND tỉnh là ai?", "Mỗi chủ tịch UBND cấp xã tổ chức ít nhất 2 cuộc đối thoại với nhân dân.")] // another level
    [InlineData("chu tich ubnd tinh la ai", "Đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.")]
    [InlineData("CT UBND tỉnh là ai?", "Đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.")] // "CT" before "UBND" is the office
    [InlineData("TB BDVTU là ai?", "Đồng chí Nguyễn Thị B, Phó Trưởng ban Dân vận Tỉnh ủy, phát biểu.")]
    [InlineData("nguoi dung dau ban dan van tinh uy la ai", "Đồng chí Nguyễn Thị B, Phó Trưởng ban Dân vận Tỉnh ủy, phát biểu.")]
    [InlineData("nguoi dung dau ban dan van tinh uy la ai", "Dự có Trưởng ban Dân vận các huyện, thành ủy.")] // "ban" typed without diacritics is the body's
    [InlineData("Người đứng đầu UBND tỉnh là ai?", "Đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.")]
    public void IsMetBy_PersonQuestionNamingAnOffice_NotByADeputyOrAnotherBody(string question, string sentence) =>
        Assert.False(For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Ai là Trưởng Ban Dân vận Tỉnh ủy?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.")]
    [InlineData("Trưởng BDVTU là ai?", "Dự có đồng chí Ma Thị F, Trưởng Ban Dân vận Tỉnh ủy.")] // abbreviation written out
    [InlineData("Ai là Trưởng Ban Dân vận Tỉnh ủy Ninh Bình?", "Đồng chí Nguyễn Văn G, Trưởng ban, nhấn mạnh vai trò của cơ sở.")] // short form
    [InlineData("Phó Chủ tịch UBND tỉnh nào chủ trì?", "Đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.")] // a deputy asked
    [InlineData("Lớp học ở Trường Chính trị tỉnh do ai khai mạc?", "Đồng chí Lê Văn H, Ủy viên Ban Thường vụ Tỉnh ủy, phát biểu khai mạc.")] // "Trường" is a school, not an office
    [InlineData("Trưởng ban năm 2019 là ai?", "Đồng chí Phạm Văn E, nguyên Trưởng ban, giảng bài.")] // "nguyên" only matters for who holds it now
    [InlineData("Ai là Trưởng Ban Chỉ đạo phong trào Dân vận khéo?", "Dự có đồng chí Ma Thị F, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh.")] // the body's words in order, not side by side
    [InlineData("TB BDVTU là ai?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.")]
    [InlineData("CT UBND tỉnh là ai?", "Hội nghị được Chủ tịch UBND tỉnh Nguyễn Văn Trăm trực tiếp quán triệt.")]
    [InlineData("nguoi dung dau ban dan van tinh uy la ai", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.")]
    [InlineData("Khối dân vận xã do ai làm trưởng khối?", "Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối); Chủ tịch Ủy ban MTTQ xã.")] // an office holder, then the title
    [InlineData("Ai giữ chức Trưởng Ban Dân vận Tỉnh ủy?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.")] // holding the office is the act
    public void IsMetBy_PersonQuestionNamingAnOffice_ByItsHolder(string question, string sentence) =>
        Assert.True(For(question).IsMetBy(sentence));

    // The office asked must be someone's in the sentence: a person named with it, or an office it is given to in
    // parentheses or after a holding word (lexicon `offices.holding`). The office written as what it does, or listed
    // among those who attend, answers no "ai".
    [Theory]
    [InlineData("Bí thư Đảng ủy xã Phước Thịnh là ai?", "3. Bí thư Đảng ủy xã trực tiếp đối thoại với nhân dân ít nhất 01 lần trong năm.", false)] // what the office does
    [InlineData("Chủ tịch Ủy ban MTTQ tỉnh là ai?", "Học viên là cán bộ Ban Dân vận các huyện ủy; phó bí thư thường trực, chủ tịch Ủy ban MTTQ các xã, thị trấn.", false)] // listed among learners
    [InlineData("Trưởng Ban Dân vận Tỉnh ủy tên là gì?", "Đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị các địa phương rà soát lại các mô hình.", false)] // nobody named
    [InlineData("Bí thư Đảng ủy xã Phước Thịnh là ai?", "Đồng chí Nguyễn Văn A, Bí thư Đảng ủy xã, chủ trì buổi đối thoại.", true)]
    [InlineData("Chủ tịch UBND tỉnh là ai?", "Hội nghị được Chủ tịch UBND tỉnh Nguyễn Văn Trăm trực tiếp quán triệt.", true)] // the name after the office
    [InlineData("Ai làm trưởng khối dân vận xã?", "Phân công đồng chí Phó Bí thư Thường trực Đảng ủy phụ trách công tác dân vận, đồng thời làm Trưởng Khối dân vận xã.", true)] // a holding word
    [InlineData("Ai là trưởng khối dân vận xã?", "Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối dân vận xã); Chủ tịch Ủy ban MTTQ xã.", true)] // in parentheses after its holder
    [InlineData("Ai là trưởng khối dân vận xã?", "Trưởng khối dân vận xã triệu tập họp khối 3 tháng một lần.", false)]
    [InlineData("Ai làm Trưởng khối dân vận xã?", "Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối); Chủ tịch Ủy ban MTTQ xã.", true)] // a short title in parentheses: the body the sentence is about
    [InlineData("Ai làm Trưởng khối dân vận xã?", "Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy, Trưởng khối; Chủ tịch Ủy ban MTTQ xã.", false)] // a list, nobody named
    [InlineData("chu tich uy ban mttq tinh la ai", "Học viên là cán bộ Ban Dân vận các huyện ủy; phó bí thư thường trực, chủ tịch Ủy ban MTTQ các xã, thị trấn.", false)]
    [InlineData("cho em hoi Truong ban Dan van Tinh uy nam 2021 la dong chi nao a", "Phát biểu khai mạc, đồng chí Điểu Thị Hảo, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết.", false)] // "hoi truong" after "cho em" is hỏi, then the office
    [InlineData("cho em hoi Truong ban Dan van Tinh uy nam 2021 la dong chi nao a", "Phát biểu khai mạc, đồng chí Điểu Thị Hảo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cho biết.", true)]
    public void IsMetBy_PersonQuestionNamingAnOffice_OnlyWhenSomeoneHoldsIt(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    // "Tổ trưởng", "khối trưởng" are titles (lexicon `offices.titles`): "tổ trưởng tổ dân vận" asks who holds the Tổ
    // trưởng of the tổ dân vận, which an office may hold ("Bí thư chi bộ (Tổ trưởng)", "Trưởng thôn (Tổ trưởng)") when the
    // materials name no one; a list of offices names no holder, and a name asked needs a name.
    [Theory]
    [InlineData("Ai làm tổ trưởng tổ dân vận ở thôn theo quy chế Phước Thịnh?", "3. Tổ dân vận thôn gồm Bí thư chi bộ (Tổ trưởng), Trưởng thôn, Trưởng Ban công tác Mặt trận thôn.", true)]
    [InlineData("Ai làm tổ trưởng tổ dân vận thôn?", "Tổ dân vận thôn gồm Trưởng thôn (Tổ trưởng), chi hội trưởng các đoàn thể.", true)] // an office without a person's word
    [InlineData("ai lam to truong to dan van thon", "Tổ dân vận thôn gồm Bí thư chi bộ (Tổ trưởng), Trưởng thôn.", true)]
    [InlineData("Ai làm tổ trưởng tổ dân vận thôn?", "Tổ dân vận thôn gồm Bí thư chi bộ, Tổ trưởng, Trưởng thôn.", false)] // a list, nobody holds it
    [InlineData("Ai làm tổ trưởng tổ dân vận thôn?", "Tổ trưởng tổ dân vận thôn triệu tập họp 2 tháng một lần.", false)] // what the office does
    [InlineData("Tổ trưởng tổ dân vận thôn tên là gì?", "Tổ dân vận thôn gồm Bí thư chi bộ (Tổ trưởng), Trưởng thôn.", false)] // a name asked
    [InlineData("Ai là trưởng khối dân vận xã?", "Khối dân vận xã gồm Phó Bí thư Thường trực Đảng ủy (Tổ trưởng); Chủ tịch Ủy ban MTTQ xã.", false)] // another office
    [InlineData("Ai làm tổ trưởng tổ hòa giải ở thôn?", "3. Tổ dân vận thôn gồm Bí thư chi bộ (Tổ trưởng), Trưởng thôn.", false)] // the title in parentheses is of another body
    [InlineData("Ai làm khối trưởng khối dân vận xã?", "Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối); Chủ tịch Ủy ban MTTQ xã.", true)]
    public void IsMetBy_WhoHoldsAnOffice_AnOfficeMayHoldIt(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    // A role at a course asked ("ai đứng lớp") is answered by the office of a body it is given to when the materials name
    // no one: after the role and a holding word ("Báo cáo viên là lãnh đạo Ban Dân tộc tỉnh"), or before the role's act
    // ("được lãnh đạo Vụ Đoàn thể Nhân dân, Ban Dân vận Trung ương giảng bài"). A role defined without a body, a body
    // that organised the course, another office asked or a name asked are not.
    [Theory]
    [InlineData("Ai đứng lớp giảng bài ở Đắk Nông?", "Báo cáo viên là lãnh đạo Ban Dân tộc tỉnh, Ban Tôn giáo tỉnh và giảng viên Trường Chính trị tỉnh.", true)]
    [InlineData("ai dung lop giang bai o dak nong", "Báo cáo viên là lãnh đạo Ban Dân tộc tỉnh, Ban Tôn giáo tỉnh và giảng viên Trường Chính trị tỉnh.", true)]
    [InlineData("Ai giảng bài cho học viên?", "Các học viên được lãnh đạo Vụ Đoàn thể Nhân dân, Ban Dân vận Trung ương giảng bài về công tác dân vận.", true)]
    [InlineData("Ai đứng lớp?", "Giảng viên là người truyền đạt kiến thức cho học viên.", false)] // a role defined, no body's office
    [InlineData("Ai đứng lớp?", "Lớp học do Ban Dân vận Tỉnh ủy tổ chức, giảng viên giảng bài nhiệt tình.", false)] // the body organised it
    [InlineData("Ai đứng lớp?", "Lãnh đạo Ban Dân vận Tỉnh ủy dự khai mạc; sau đó, học viên nghe giảng bài về dân vận.", false)] // the office attends, the act is another's
    [InlineData("Ai phát biểu khai mạc?", "Báo cáo viên là lãnh đạo Ban Dân tộc tỉnh.", false)] // no role at a course asked
    [InlineData("Ai là Trưởng Ban Dân tộc tỉnh?", "Báo cáo viên là lãnh đạo Ban Dân tộc tỉnh.", false)] // an office asked: someone must hold it
    [InlineData("Người đứng lớp ở Đắk Nông tên là gì?", "Báo cáo viên là lãnh đạo Ban Dân tộc tỉnh, Ban Tôn giáo tỉnh.", false)] // a name asked
    public void IsMetBy_WhoHoldsARoleAtACourse_AnOfficeOfABodyMayHoldIt(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    // So is an act asked ("ai chủ trì"): the office of a body right before it ("do lãnh đạo Ban Dân vận Tỉnh ủy chủ trì").
    [Theory]
    [InlineData("Ai chủ trì hội nghị?", "Hội nghị do lãnh đạo Ban Dân vận Tỉnh ủy chủ trì, với sự tham dự của 120 đại biểu.", true)]
    [InlineData("Ai chủ trì hội nghị?", "Hội nghị do Ban Dân vận Tỉnh ủy tổ chức, với sự tham dự của 120 đại biểu.", false)] // another act, no office
    [InlineData("Ai chủ trì hội nghị?", "Lãnh đạo Ban Dân vận Tỉnh ủy dự hội nghị; hội nghị thảo luận và chủ trì các nội dung.", false)] // the office does another act
    [InlineData("Đồng chí nào chủ trì hội nghị, tên là gì?", "Hội nghị do lãnh đạo Ban Dân vận Tỉnh ủy chủ trì.", false)] // a name asked
    public void IsMetBy_WhoDidAnAct_AnOfficeOfABodyRightBeforeItMayHaveDoneIt(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    // "tên gì" of an office asks its holder's name ("Giám đốc Sở Nội vụ tên gì"), as of a person's word or a role.
    [Theory]
    [InlineData("Giám đốc Sở Nội vụ Đắk Nông tên gì?", "Đồng chí Nguyễn Văn A, Giám đốc Sở Nội vụ, phát biểu.", true)]
    [InlineData("Giám đốc Sở Nội vụ Đắk Nông tên gì?", "Sở Nội vụ phối hợp tổ chức lớp học cho 120 học viên.", false)]
    [InlineData("Lớp học ở Đắk Nông tên gì?", "Sở Nội vụ phối hợp tổ chức lớp học cho 120 học viên.", true)] // no person asked: any sentence
    public void IsMetBy_NameOfAnOfficesHolder_NeedsTheHoldersName(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Người đứng đầu Ban Dân vận Tỉnh ủy Quảng Trị tên gì?", true)] // an office by a role
    [InlineData("Ai đứng lớp ở Đắk Nông?", true)] // a role at a course
    [InlineData("nguoi dung dau ban dan van tinh uy la ai", true)]
    [InlineData("Ai phát biểu tại hội nghị?", false)] // a person, no office nor role
    [InlineData("Trưởng Ban Dân vận Tỉnh ủy phát biểu ngày nào?", false)] // an office named, a day asked
    [InlineData("Lớp học có bao nhiêu học viên?", false)]
    public void AsksHolder_WhoHoldsAnOfficeOrARole(string question, bool expected) =>
        Assert.Equal(expected, For(question).AsksHolder);

    [Theory]
    [InlineData("Ban Dân vận Trung ương được thành lập năm nào?", "Luật Thực hiện dân chủ ở cơ sở năm 2022 được giới thiệu tại lớp học.", false)]
    [InlineData("Ban Dân vận Trung ương được thành lập năm nào?", "Ban Dân vận Trung ương được thành lập năm 1930.", true)]
    [InlineData("Nghị định 60/CP được Chính phủ ban hành ngày tháng năm nào?", "Trong 3 ngày (27-29/8), học viên được tập huấn Nghị định 60/CP.", false)]
    [InlineData("Lớp học được tổ chức vào ngày nào?", "Sáng 30/3, Ban Dân vận Tỉnh ủy khai mạc lớp học.", true)] // the course's own events are one
    [InlineData("Lớp học khai giảng hôm nào?", "Sáng 30/3, lớp học khai mạc.", true)]
    [InlineData("Lớp học có bao nhiêu học viên?", "Lớp học có 230 học viên.", true)] // a count hangs on its unit, not on this
    [InlineData("DB HDND xa TXCT khi nao?", "Đại biểu HĐND xã tiếp xúc cử tri trước và sau mỗi kỳ họp.", true)] // TXCT written out
    [InlineData("UBND xã phải phúc đáp kiến nghị trong vòng bao lâu?", "Trả lời kiến nghị của cử tri trong thời hạn 15 ngày làm việc.", true)] // "vòng" is a frame
    [InlineData("UBND xã phải phúc đáp kiến nghị trong vòng bao lâu?", "Đảng viên mỗi năm đăng ký ít nhất 01 việc làm.", false)]
    [InlineData("khoi dan van ngoi lai voi nhau bao lau 1 lan", "Khối dân vận xã tổ chức cuộc họp định kỳ mỗi quý một lần.", true)] // a phrase, read through its synonyms
    [InlineData("khoi dan van ngoi lai voi nhau bao lau 1 lan", "Mỗi năm, HĐND xã tổ chức ít nhất 01 cuộc giám sát chuyên đề.", false)]
    [InlineData("Các huyện gửi báo cáo đăng ký mô hình trước ngày nào?", "Các huyện gửi báo cáo đăng ký mô hình về Ban Dân vận Tỉnh ủy trước ngày 30/6.", true)]
    [InlineData("cac huyen gui bao cao dang ky mo hinh truoc ngay nao", "Các huyện gửi báo cáo đăng ký mô hình về Ban Dân vận Tỉnh ủy trước ngày 30/6.", true)] // "truoc" may be trước: no anchor, as typed
    public void HoldsFocus_TimeQuestion_NeedsTheWordItsDateHangsOn(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).HoldsFocus(IndexText.Tokens(sentence)));

    [Theory]
    [InlineData("khóa học ở Cà Mau hôm nào thì bế giảng", "Chiều 3/11, lớp bồi dưỡng bế giảng.")] // "Cà Mau" is a name, not what the date hangs on
    [InlineData("khoa hoc o ca mau hom nao be giang", "Chiều 3/11, lớp bồi dưỡng bế giảng.")]
    [InlineData("lop o ha nam ngay nao", "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn.")]
    public void HoldsFocus_ProvinceBeforeTheAsker_IsNoFocus(string question, string sentence) =>
        Assert.True(For(question).HoldsFocus(IndexText.Tokens(sentence)));

    [Theory]
    [InlineData("quy chế này thay thế văn bản nào, văn bản cũ ký hôm nào", true)] // the act that dates it, not "cũ ký"
    [InlineData("van ban cu ky ngay nao", true)]
    [InlineData("văn bản cũ được thông báo ngày nào", false)] // no act that dates a document
    public void HoldsFocus_IssuingActOfOneWordBeforeTheAsker_IsTheFocusAlone(string question, bool expected) =>
        Assert.Equal(expected, For(question).HoldsFocus(Tokenizer.Tokenize("Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018.")));

    [Theory]
    [InlineData("Hà Nam năm 2022 mở lớp nghiệp vụ cho cán bộ dân vận hôm nào", true)] // whom the course is for
    [InlineData("ha nam nam 2022 mo lop nghiep vu cho can bo dan van bua nao", true)]
    [InlineData("quy chế cho cán bộ dân vận được thông qua hôm nào", false)] // no event of a course: the act is the focus
    [InlineData("lớp bồi dưỡng năm 2022 bị hoãn hôm nào", false)] // "bị" introduces no participants: "hoãn" is the act
    public void HoldsFocus_WhomACourseIsFor_IsNoFocus(string question, bool expected) =>
        Assert.Equal(expected, For(question).HoldsFocus(IndexText.Tokens("Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ năm 2022.")));

    [Fact]
    public void HoldsFocus_ContentWordBeforeTheAsker_StillAFocus() =>
        Assert.False(For("quy chế cũ được thông qua hôm nào").HoldsFocus(IndexText.Tokens("Sáng 1/11, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng.")));

    [Fact]
    public void IsAboutOtherYear_SentencesOpeningWithAnotherYear()
    {
        var expectation = For("Năm 2017 tỉnh mở bao nhiêu lớp tập huấn?");
        Assert.True(expectation.IsAboutOtherYear("Kết quả, năm 2016, toàn tỉnh mở 5 lớp tập huấn."));
        Assert.False(expectation.IsMetBy("Kết quả, năm 2016, toàn tỉnh mở 5 lớp tập huấn."));
        Assert.True(expectation.IsAboutOtherYear("Đợt 2, trong tháng 12-2016, tỉnh mở lớp.", "Cấp huyện mở 3 lớp tập huấn."));
        Assert.False(expectation.IsAboutOtherYear("Năm 2017, toàn tỉnh mở 6 lớp tập huấn."));
        Assert.False(expectation.IsAboutOtherYear("Hội nghị truyền đạt 3 chuyên đề về Luật Thực hiện dân chủ ở cơ sở năm 2022.")); // not its opening
        Assert.False(For("Tỉnh mở bao nhiêu lớp tập huấn?").IsAboutOtherYear("Kết quả, năm 2016, toàn tỉnh mở 5 lớp tập huấn."));
    }

    [Theory]
    [InlineData("Lớp học khai mạc ở đâu?", "Sáng 27/8, tại Tp Vinh, lớp học khai mạc.", true)]
    [InlineData("Hội nghị tổ chức ở đâu?", "Hội nghị được tổ chức tại hội trường Tỉnh ủy.", true)]
    [InlineData("Hội nghị tổ chức ở đâu?", "Hội nghị được tổ chức trực tuyến tới các huyện.", true)]
    [InlineData("Địa điểm tổ chức lớp học ở đâu?", "Lớp học khai mạc sáng 27/8 với 200 học viên.", false)]
    [InlineData("Hội nghị tổ chức ở hội trường nào?", "Hội nghị khai mạc sáng 30/3 với 200 học viên.", false)]
    [InlineData("Hội nghị tổ chức ở hội trường nào?", "Hội nghị khai mạc tại Hội trường Tỉnh ủy.", true)]
    [InlineData("Lớp học tổ chức ở chỗ nào?", "Sáng 17/5, tại thành phố Đông Hà, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn.", true)] // a town, written in lower case
    [InlineData("Lớp học tổ chức ở chỗ nào?", "Lớp học có 185 học viên là cán bộ các thành phố, thị xã.", false)]
    public void IsMetBy_VenueQuestion_NeedsAPlace(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Lớp học khai mạc hôm nào?", "Sáng 30/3, Ban Dân vận Tỉnh ủy khai mạc lớp tập huấn.", true)]
    [InlineData("Lớp học khai mạc hôm nào?", "Sau khi nghe phát biểu khai mạc, các học viên được truyền đạt các chuyên đề.", false)] // a time against an event gives no day
    [InlineData("Lớp học khai mạc bữa nào?", "Lớp học được tổ chức hằng năm vào dịp cuối năm.", true)] // how often still tells
    [InlineData("DB HDND xa TXCT khi nao?", "Đại biểu HĐND xã tiếp xúc cử tri trước và sau mỗi kỳ họp.", true)] // "khi nào" is met by it
    public void IsMetBy_DayQuestion_NeedsADayOrAPeriod(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Fact]
    public void KindsMetBy_QuestionAskingTwoThings_TellsWhichEachSentenceHolds()
    {
        var expectation = For("Lớp học khai mạc ở đâu và kéo dài mấy ngày?");
        var venue = expectation.KindsMetBy("Sáng 27/8, tại Tp Vinh, lớp học khai mạc.");
        var days = expectation.KindsMetBy("Trong 3 ngày, học viên được nghe 5 chuyên đề.");
        Assert.NotEqual(0, venue);
        Assert.NotEqual(0, days);
        Assert.NotEqual(venue, days);
        Assert.Equal(expectation.AllKinds, venue | days);
        Assert.Equal(0, expectation.KindsMetBy("Lớp học khai mạc long trọng."));
        Assert.Equal(0, For("Lớp học có những chuyên đề gì?").AllKinds);
    }

    [Fact]
    public void IsMetBy_AskingWhoBesideSomethingElse_APersonWillDo()
    {
        var expectation = For("Lớp học có 185 học viên thì báo cáo viên là ai, giảng viên ở đâu?");
        Assert.True(expectation.IsMetBy("Báo cáo viên là TS. Lê Quang Vinh, giảng viên Học viện Chính trị khu vực III."));
        Assert.True(For("Bà phó ban phát biểu ở lớp học tên là gì?").IsMetBy("Phát biểu tại lớp học, đồng chí Nguyễn Thị Hồng Hạnh, Phó Trưởng ban Dân vận Tỉnh ủy nhấn mạnh."));
    }

    [Theory]
    [InlineData("Điều 12 quy chế dân vận xã quy định về cái gì?", "Điều 10. Sơ kết, khen thưởng, kỷ luật và hiệu lực thi hành", false)]
    [InlineData("Đ12 quy chế dân vận xã quy định về cái gì?", "Điều 1. Phạm vi điều chỉnh; Điều 2. Mục đích", false)]
    [InlineData("Đ9 quy chế dân vận xã nói gì về Khối dân vận?", "Điều 9. Khối dân vận xã và Tổ dân vận thôn", true)]
    [InlineData("dieu 5 quy che: chu tich ubnd xa tiep dan may ngay", "Điều 5. Trách nhiệm của Ủy ban nhân dân xã", true)]
    [InlineData("Quy chế dân vận xã quy định gì về khen thưởng?", "Điều 10. Sơ kết, khen thưởng", true)] // no article named
    public void HoldsArticle_QuestionNamingAnArticle_OnlyThatArticle(string question, string text, bool expected) =>
        Assert.Equal(expected, For(question).HoldsArticle(text));

    [Theory]
    [InlineData("Bà phó ban phát biểu ở lớp học tên là gì?", "Phát biểu tại lớp học, đồng chí Nguyễn Thị Hồng Hạnh, Phó Trưởng ban Dân vận Tỉnh ủy nhấn mạnh vai trò.", true)]
    [InlineData("Bà phát biểu ở lớp học tên là gì?", "Phát biểu tại lớp học, đồng chí Nguyễn Thị Hồng Hạnh nhấn mạnh vai trò.", true)]
    [InlineData("Bà phát biểu ở lớp học tên là gì?", "Báo cáo viên là TS. Lê Quang Vinh, giảng viên học viện.", true)]
    [InlineData("Bà phó ban phát biểu ở lớp học tên là gì?", "Báo cáo viên là TS. Lê Quang Vinh, giảng viên học viện.", false)] // "phó ban" is an office: the Phó Trưởng ban
    [InlineData("Bí thư Đảng ủy xã ký quy chế tên là gì?", "Bí thư Đảng ủy xã trực tiếp đối thoại với nhân dân ít nhất 01 lần trong năm.", false)] // an office, no name
    [InlineData("Đồng chí ký quy chế tên là gì?", "Phân công đồng chí Phó Bí thư Thường trực Đảng ủy phụ trách công tác dân vận.", false)] // a title before an office
    public void IsMetBy_AskingAPersonsName_NeedsAName(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("xa phuoc thinh thuoc huyen nao", "Quy chế áp dụng đối với cán bộ xã Phước Thịnh.", false)] // a commune named, not a district
    [InlineData("Mô hình Ngôi nhà đại đoàn kết ở huyện nào?", "Mô hình Ngôi nhà đại đoàn kết ở huyện Hướng Hóa được biểu dương.", true)]
    [InlineData("Lớp học phối hợp với những cơ quan nào?", "Lớp học do Ban Dân tộc tỉnh và Ban Tôn giáo phối hợp tổ chức.", true)] // "cơ quan nào" is not "quận nào"
    [InlineData("Lớp mở ở thành phố nào?", "Sáng 17/5, tại thành phố Đông Hà, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn.", true)] // a kind of two syllables
    [InlineData("Lớp mở ở thành phố nào?", "Tham dự lớp tập huấn có 185 học viên là cán bộ các huyện, thị, thành ủy.", false)]
    [InlineData("lop mo o thanh pho nao", "Sáng 17/5, tại thành phố Đông Hà, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn.", true)]
    public void IsMetBy_WhichDistrictOrCommune_NeedsOneOfThatKindNamed(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Fact]
    public void HoldsAttribution_WhatANamedPersonSaidAboutATopic_NeedsBothInTheWindow()
    {
        var expectation = For("Đồng chí Lê Xuân Đại đã nói gì về chuyển đổi số trong công tác dân vận?");
        Assert.False(expectation.HoldsAttribution(IndexText.Tokens("Đồng chí Lê Xuân Đại lưu ý học viên tiếp tục thực hiện Chỉ thị 18 về công tác dân vận.")));
        Assert.False(expectation.HoldsAttribution(IndexText.Tokens("Công tác dân vận trong cải cách hành chính và chuyển đổi số được trình bày.")));
        Assert.True(expectation.HoldsAttribution(
            IndexText.Tokens("Đồng chí Lê Xuân Đại phát biểu tại lớp học."), IndexText.Tokens("Đồng chí đề nghị đẩy mạnh chuyển đổi số trong công tác dân vận.")));
        Assert.True(For("Lớp học có những chuyên đề gì?").HoldsAttribution(IndexText.Tokens("Lớp học khai mạc.")));
    }

    [Fact]
    public void HoldsAttribution_AProvinceOpeningWithAFamilyName_IsNoSpeaker()
    {
        // "Thái Bình" opens with the family name Thái, but it is a province: what "Thái Bình" says is what its material says.
        var sentence = IndexText.Tokens("Năm 2023, người đứng đầu cấp ủy, chính quyền các cấp trong tỉnh tổ chức 1.015 cuộc đối thoại với nhân dân.");
        Assert.True(For("Thái Bình có nói gì về mức độ hài lòng của dân không?").HoldsAttribution(sentence));
        Assert.False(For("Đồng chí Thái Văn Bình có nói gì về mức độ hài lòng của dân không?").HoldsAttribution(sentence));
    }

    [Theory]
    [InlineData("Chuyên đề của Ban Vì sự tiến bộ phụ nữ do ai trình bày?", "Đồng chí Lê Xuân Đại phát biểu khai mạc lớp tập huấn.", false)] // someone next to the topic
    [InlineData("Chuyên đề của Ban Vì sự tiến bộ phụ nữ do ai trình bày?", "Đồng chí Nguyễn Văn A truyền đạt chuyên đề của Ban Vì sự tiến bộ phụ nữ.", true)] // another way of saying it
    [InlineData("chuyen de cua ban vi su tien bo phu nu do ai trinh bay", "Đồng chí Lê Xuân Đại phát biểu khai mạc lớp tập huấn.", false)]
    [InlineData("Quy chế do đồng chí Bí thư Đảng ủy xã nào ký, tên là gì?", "Quy chế áp dụng cho các tổ chức xã Phước Thịnh.", false)] // the commune, not who signed
    [InlineData("quy che do bi thu dang uy xa nao ky, ten la gi", "Quy chế áp dụng cho các tổ chức xã Phước Thịnh.", false)] // "ky" is "ký"
    [InlineData("Quy chế do ai ký?", "Đồng chí Nguyễn Văn A, Bí thư Đảng ủy xã, ký ban hành quy chế.", true)]
    [InlineData("Báo cáo viên chính là ai, giữ chức gì?", "Báo cáo viên chính là ThS. Nguyễn Đức Khánh, Phó Vụ trưởng, Ban Dân vận Trung ương.", true)] // the office is asked
    public void IsMetBy_PersonAskedForAnAct_TheSentenceNamingThemSaysIt(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Đồng chí Ma Thị F giữ chức Trưởng Ban Dân vận Tỉnh ủy từ năm nào?", "Dự năm 2023 có đồng chí Ma Thị F, Trưởng Ban Dân vận Tỉnh ủy.", false)]
    [InlineData("dong chi ma thi f giu chuc truong ban dan van tinh uy tu nam nao", "Dự năm 2023 có đồng chí Ma Thị F, Trưởng Ban Dân vận Tỉnh ủy.", false)]
    [InlineData("Đồng chí Ma Thị F giữ chức Trưởng Ban Dân vận Tỉnh ủy từ năm nào?", "Năm 2020, đồng chí Ma Thị F được bổ nhiệm Trưởng Ban Dân vận Tỉnh ủy.", true)] // another way of saying it
    public void HoldsFocus_DateOfAnAct_NeedsTheAct(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).HoldsFocus(IndexText.Tokens(sentence)));
    [Theory]
    [InlineData("co phai ong pho chu tich tinh du khai mac lop khong, ong ten gi", "Dự buổi khai mạc có đồng chí Lê Xuân Đại - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo.")] // the body ends with its level
    [InlineData("Bí thư tỉnh là ai?", "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, dự và phát biểu.")]
    [InlineData("chủ tịch xã tham dự hội nghị là ai?", "Đồng chí Trần Văn B, Chủ tịch UBND xã, báo cáo kết quả.")]
    [InlineData("sếp ban dân vận tỉnh ủy tên gì", "Đồng chí Lê Thị Xuân Trang, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy Bình Phước triển khai Nghị quyết.")]
    [InlineData("sep lon nhat ban dan van tinh uy ten gi", "Đồng chí Lê Thị Xuân Trang, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy Bình Phước triển khai Nghị quyết.")]
    [InlineData("khoi dan van xa phuoc thinh ai lam truong khoi, bao lau hop dinh ky mot lan", "1. Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối); Chủ tịch Ủy ban MTTQ xã (Phó Trưởng khối thường trực); Phó Chủ tịch UBND xã (Phó Trưởng khối); người đứng đầu các tổ chức chính trị - xã hội xã; Trưởng Công an xã.")] // the body stops at its clause
    [InlineData("Ai làm trưởng khối, khối họp ra sao?", "Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối); Chủ tịch Ủy ban MTTQ xã.")] // no body runs into the next clause
    [InlineData("ai lam truong khoi, khoi hop dinh ky ra sao?", "Khối dân vận xã gồm: Phó Bí thư Thường trực Đảng ủy (Trưởng khối); Chủ tịch Ủy ban MTTQ xã.")] // "dinh ky" is định kỳ, no act "ký"
    [InlineData("Chị lãnh đạo cao nhất bên khối vận tỉnh Tuyên Quang tên gì?", "Dự có đồng chí Ma Thị F, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy.")]
    [InlineData("chi lanh dao cao nhat ben khoi van tinh tuyen quang ten gi?", "Dự có đồng chí Ma Thị F, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy.")] // "ben" (bên) starts no body's name, as typed
    public void IsMetBy_OfficeAskedInEverydayWords_ByItsHolder(string question, string sentence) =>
        Assert.True(For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Người đứng đầu ban dân vận tỉnh ủy là ai?", "Toàn tỉnh mở 5 lớp tập huấn cho cán bộ; phó bí thư thường trực, chủ tịch, phó chủ tịch UBND xã, phường, thị trấn.")] // offices listed, nobody named
    [InlineData("sếp lớn nhất ban dân vận tỉnh ủy tên gì", "Phát biểu khai mạc, đồng chí Điểu Thị Hảo, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết.")] // only a deputy named
    [InlineData("sep lon nhat ban dan van tinh uy ten gi", "Sáng 20/10, Ban Dân vận Tỉnh ủy Đắk Nông khai mạc lớp bồi dưỡng năm 2021.")] // "tên gì" of a role asks a person
    [InlineData("Bí thư tỉnh là ai?", "Đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy, dự và phát biểu.")]
    public void IsMetBy_OfficeAskedInEverydayWords_NotByADeputyOrAList(string question, string sentence) =>
        Assert.False(For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Có phải ở Ninh Bình 2019 người lên phát biểu là trưởng ban dân vận tỉnh ủy không, hay là ai khác?", "Phát biểu tại lớp, đồng chí Nguyễn Thị B, Phó Trưởng ban Dân vận Tỉnh ủy đề nghị học viên vận dụng tốt kiến thức.")] // the deputy spoke
    [InlineData("Có phải năm 2016 là ông Bí thư Tỉnh ủy xuống quán triệt không? ai đúng thì sửa giúp", "Hội nghị được Chủ tịch UBND tỉnh Nguyễn Văn A trực tiếp triển khai, quán triệt chỉ thị.")] // another office did it
    [InlineData("Hình như người giảng chính ở lớp Tuyên Quang là giảng viên Học viện khu vực III phải không mọi người?", "Báo cáo viên chính là ThS. Nguyễn Văn C, Phó Vụ trưởng, Ban Dân vận Trung ương.")] // a guess with no question word asks who
    [InlineData("Có phải hội nghị do Chủ tịch tỉnh đứng ra chủ trì không?", "Đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.")]
    public void IsMetBy_GuessOfWhoDidSomething_ByWhoeverDidIt(string question, string sentence) =>
        Assert.True(For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Hình như người giảng chính ở lớp Tuyên Quang là giảng viên Học viện khu vực III phải không?", "Tỉnh Tuyên Quang có hơn 350 km đường bê tông nông thôn được làm mới.")] // nobody named
    [InlineData("Có phải ở Ninh Bình người lên phát biểu là trưởng ban dân vận tỉnh ủy không, hay là ai khác?", "Tham dự có lãnh đạo các sở, ban, ngành; chủ tịch, phó chủ tịch UBND các huyện.")] // offices listed, nobody named
    [InlineData("Trưởng ban dân vận tỉnh ủy Ninh Bình năm 2019 có phải là ai khác không?", "Phát biểu tại lớp, đồng chí Nguyễn Thị B, Phó Trưởng ban Dân vận Tỉnh ủy đề nghị học viên vận dụng tốt kiến thức.")] // no act guessed: the office is what is asked
    [InlineData("Trưởng ban dân vận tỉnh ủy Ninh Bình năm 2019 là ai, có phát biểu không?", "Phát biểu tại lớp, đồng chí Nguyễn Thị B, Phó Trưởng ban Dân vận Tỉnh ủy đề nghị học viên vận dụng tốt kiến thức.")] // a yes/no clause is no guess
    [InlineData("Có phải ông hiệu trưởng phát biểu khai giảng năm nay không?", "Đồng chí Lê Văn A phát biểu khai mạc lớp tập huấn.")] // an office guessed: whoever did it holds one
    public void IsMetBy_GuessOfWhoDidSomething_NotBySomeoneElseOrNobody(string question, string sentence) =>
        Assert.False(For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Bà trưởng ban lo dân vận của Tỉnh ủy tên gì?", "Đồng chí Lê Thị Xuân Trang, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy Bình Phước triển khai Nghị quyết.", true)]
    [InlineData("ông trưởng ban lo dân vận ở Bình Phước tên gì?", "Đồng chí Lê Thị Xuân Trang, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy Bình Phước triển khai Nghị quyết.", true)] // "lo" is no word of the body's name
    [InlineData("Bà trưởng ban lo dân vận của Tỉnh ủy tên gì?", "Phát biểu, đồng chí Nguyễn Thị Hồng Hạnh, TUV, Phó Trưởng ban Dân vận Tỉnh ủy khẳng định.", false)] // only a deputy
    [InlineData("Trưởng ban lo dân vận của huyện ủy là ai?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", false)] // another level
    [InlineData("Trưởng ban lo tuyên giáo của tỉnh ủy là ai?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", false)] // another body
    [InlineData("Phó ban dân vận tỉnh ủy là ai?", "Phát biểu, đồng chí Nguyễn Thị Hồng Hạnh, TUV, Phó Trưởng ban Dân vận Tỉnh ủy khẳng định.", true)] // "phó ban" is the Phó Trưởng ban
    [InlineData("pho ban dan van tinh uy la ai", "Phát biểu, đồng chí Nguyễn Thị Hồng Hạnh, TUV, Phó Trưởng ban Dân vận Tỉnh ủy khẳng định.", true)]
    [InlineData("Phó ban dân vận tỉnh ủy là ai?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", false)]
    [InlineData("Trưởng ban dân vận của thành ủy là ai?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", false)] // a link, then the level: another body
    [InlineData("Trưởng ban dân vận của tỉnh ủy là ai?", "Đồng chí Lê Văn C, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", true)]
    public void IsMetBy_OfficeOfABodyDescribedByWhatItDoes_ByItsHolderOnly(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Đồng chí Đinh Thị Lụa giữ chức vụ gì?", "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy dự, chỉ đạo.", true)]
    [InlineData("Đồng chí Đinh Thị Lụa giữ chức vụ gì?", "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận.", false)] // no person, no title
    [InlineData("Đồng chí Đinh Thị Lụa giữ chức vụ gì?", "Đồng chí Vy Tư Liệu - Vụ trưởng Vụ Đoàn thể Nhân dân, Ban Dân vận Trung ương truyền đạt nội dung.", false)] // another person's office
    [InlineData("Trưởng ban Dân vận Tỉnh ủy Hà Nam kiêm chức vụ gì?", "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy dự, chỉ đạo.", true)] // "Hà Nam" is a province, no person
    [InlineData("sep ban dan van tinh uy la ai, con kiem them chuc gi nua?", "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy dự, chỉ đạo.", true)]
    [InlineData("bà Lê Thị Xuân Trang giữ cương vị gì?", "Tỉnh đã mở 2 đợt tập huấn cho 170 học viên.", false)]
    public void IsMetBy_OfficeAPersonHolds_ByASentenceNamingThemWithATitle(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Theo ông trưởng ban ở Cà Mau, mở lớp nhằm mục đích gì?", "Đồng chí Lê Thanh Triều, Trưởng Ban Dân vận Tỉnh uỷ, nhấn mạnh: qua bồi dưỡng nhằm tạo chuyển biến.", true)]
    [InlineData("Theo ông trưởng ban ở Cà Mau, mở lớp nhằm mục đích gì?", "Đồng chí Nguyễn Văn A, Phó Trưởng ban Dân vận Tỉnh ủy, phát biểu bế mạc.", false)] // a deputy
    [InlineData("bà phó ban dân vận tỉnh ủy dặn học viên điều gì?", "Đồng chí Nguyễn Văn A, Phó Trưởng ban Dân vận Tỉnh ủy, đề nghị học viên vận dụng kiến thức.", true)]
    [InlineData("Ai là trưởng ban dân vận tỉnh ủy Cà Mau?", "Đồng chí Lê Thanh Triều, Trưởng Ban Dân vận Tỉnh uỷ, nhấn mạnh: qua bồi dưỡng nhằm tạo chuyển biến.", false)] // the office holder is asked, not their words
    [InlineData("Theo quy chế, chủ tịch xã tiếp dân mấy ngày?", "Chủ tịch UBND xã tiếp công dân 2 ngày mỗi tháng.", false)] // "theo" a regulation: no speaker
    public void HoldsSpeakerOffice_SpeakerNamedByOffice(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).HoldsSpeakerOffice(sentence));

    [Fact]
    public void SpeakerNames_WhomTheDocumentGivesTheSpeakersOffice()
    {
        var names = For("Theo ông phó chủ tịch tỉnh Nghệ An, đâu là cách then chốt nhất?").SpeakerNames([
            "Dự buổi khai mạc có đồng chí Lê Xuân Đại - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh.",
            "Đồng chí Trần Văn B, Trưởng Ban Dân vận Tỉnh ủy, phát biểu.",
            "Dự có đồng chí Lê Văn C, Phó Chủ tịch UBND tỉnh, và đồng chí Hồ Văn D, Phó Chủ tịch HĐND tỉnh.", // two people: no one told
        ]);

        Assert.Equal("le xuan dai", string.Join(' ', Assert.Single(names)));
        Assert.Empty(For("Ai là phó chủ tịch tỉnh Nghệ An?").SpeakerNames(["Dự có đồng chí Lê Xuân Đại, Phó Chủ tịch UBND tỉnh."]));
    }

    [Fact]
    public void OfficeAsked_ItsAskerIsNeverSearched() =>
        Assert.DoesNotContain(QueryBuilder.Build("bà Lụa còn kiêm thêm chức gì nữa", Vocabulary.Empty).Terms, t => t.Key is "chuc" or "gi");

    [Theory]
    [InlineData("Ai đứng lớp ở Quảng Trị, thầy ấy công tác ở đâu?", "Báo cáo viên là TS. Lê Quang Vinh, giảng viên Học viện Chính trị khu vực III.", true)]
    [InlineData("Ai đứng lớp ở Quảng Trị, thầy ấy công tác ở đâu?", "Tham dự lớp tập huấn có 185 học viên là trưởng, phó ban dân vận các huyện; trưởng khối dân vận các xã.", false)] // who attended
    [InlineData("Ai đứng lớp?", "Phát biểu khai mạc, đồng chí Trần Thị Mỹ Linh, Trưởng Ban Dân vận Tỉnh ủy cho biết kết quả.", false)] // who opened it
    [InlineData("Ông tiến sĩ từ trung ương về là ai?", "Tại hội nghị, TS. Hoàng Anh Đức, Ban Dân vận Trung ương truyền đạt 3 chuyên đề.", true)]
    [InlineData("ai len lop o ha nam", "Đồng chí Vy Tư Liệu - Vụ trưởng Vụ Đoàn thể Nhân dân truyền đạt nội dung các chuyên đề.", true)] // teaching said by its act
    [InlineData("nguoi len lop o ninh binh la ai", "Phát biểu tại lớp, đồng chí Nguyễn Thị Hồng Hạnh, Phó Trưởng ban Dân vận Tỉnh ủy đề nghị vận dụng các kiến thức được truyền đạt.", false)] // what was taught, not who taught it
    [InlineData("nguoi len lop o ninh binh la ai", "Lớp bồi dưỡng được đồng chí Nguyễn Thế Trung, Ủy viên Hội đồng Lý luận Trung ương giới thiệu chuyên đề về chính quyền.", true)]
    [InlineData("thầy đứng lớp tên gì", "Báo cáo viên chính là ThS. Nguyễn Đức Khánh, Phó Vụ trưởng.", true)]
    [InlineData("thầy đứng lớp tên gì", "Đồng chí Ma Thị Hồng Nhung, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.", false)]
    [InlineData("Ai là báo cáo viên lớp tập huấn?", "Đội ngũ phó bí thư, chủ tịch UBND xã phụ trách dân vận có nhiều thay đổi về nhân sự sau đại hội.", false)] // "thay" written is not "thầy"
    public void IsMetBy_RoleAtACourseAsked_NeedsThatRoleWritten(string question, string sentence, bool expected) =>
        Assert.Equal(expected, For(question).IsMetBy(sentence));

    // A classifier the text leaves out ("4 xin, 4 luôn"): the word after it is counted too; a classifier that is part of a
    // word ("câu hỏi") is not.
    [Theory]
    [InlineData("Cán bộ xã phải thuộc mấy câu xin với mấy chữ luôn?", "Cán bộ xã phải thực hiện “4 xin, 4 luôn”: xin chào, xin lỗi; luôn lắng nghe.", true)]
    [InlineData("can bo xa phai thuoc may cau xin", "Cán bộ xã phải thực hiện “4 xin, 4 luôn”.", true)]
    [InlineData("Mô hình phải trả lời mấy câu hỏi?", "Mô hình có 4 hỏi đáp.", false)]
    [InlineData("Cán bộ xã phải thuộc mấy câu xin?", "Cán bộ xã có 4 kỹ năng, luôn xin ý kiến dân.", false)]
    public void IsMetBy_ClassifierTheTextLeavesOut_CountsTheNounAfterIt(string question, string sentence, bool met) =>
        Assert.Equal(met, For(question).IsMetBy(sentence));

    // "ở Điều mấy": the number of the article that says it, met by the heading of the sentence's section.
    [Theory]
    [InlineData("Quy chế quy định 4 xin 4 luôn ở Điều mấy?", true)]
    [InlineData("quy che quy dinh ve khoi dan van o dieu nao", true)]
    [InlineData("Khoản nào quy định về tiếp dân?", true)]
    [InlineData("Quy chế có bao nhiêu điều?", false)] // a count of articles
    [InlineData("Lớp học giúp cán bộ đạt được điều gì?", false)] // a thing
    [InlineData("Cán bộ cần nhớ những điều nào?", false)] // things
    public void AsksArticleNumber_ArticleWordThenAsker(string question, bool asked)
    {
        var expectation = For(question);
        Assert.Equal(asked, expectation.AsksArticleNumber);
        Assert.Equal(asked, expectation.ArticleStatedBy("Điều 7. Quan hệ với nhân dân") != 0);
        Assert.Equal(asked, expectation.StatedByHeading("Điều 7. Quan hệ với nhân dân") != 0);
        Assert.Equal(0, expectation.ArticleStatedBy("Chương II. Nội dung"));
    }

    [Fact]
    public void HoldsFocus_IssuingActAsked_MetByADocumentDatedByItsNumber()
    {
        var expectation = For("Quy chế cũ số 05 ban hành năm nào?");
        Assert.True(expectation.HoldsFocus(Tokenizer.Tokenize("Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018.")));
        Assert.False(expectation.HoldsFocus(Tokenizer.Tokenize("Quy chế số 05-QC/ĐU quy định cán bộ xã phải gần dân, năm 2018 mới áp dụng.")));
        Assert.False(For("Quy chế cũ số 05 được áp dụng năm nào?").HoldsFocus(Tokenizer.Tokenize("Thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018.")));
    }
}
