using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>What a count, a percentage or a rate measures, and a planned figure against an achieved one.</summary>
public sealed class AnswerExpectationMeasureTests
{
    [Theory]
    [InlineData("Đồng bào dân tộc thiểu số chiếm bao nhiêu phần trăm dân số tỉnh?", "Đắk Nông có 40 dân tộc, đồng bào dân tộc thiểu số chiếm khoảng 32% dân số.")] // measuring verb "chiếm"
    [InlineData("thai binh nam 2023 giai quyet don thu khieu nai to cao thuoc tham quyen dat bao nhieu phan tram", "Năm 2023, tỷ lệ giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền đạt 96,4%.")]
    [InlineData("ty le giai quyet don thu dat bao nhieu", "Năm 2023, tỷ lệ giải quyết đơn thư đạt 96,4%.")] // rate word typed without diacritics
    [InlineData("Bao nhiêu phần trăm xã thực hiện tốt dân chủ ở cơ sở?", "Tỉnh phấn đấu 100% xã, phường, thị trấn thực hiện tốt dân chủ ở cơ sở.")] // the whole it is a share of
    [InlineData("Bao nhiêu phần trăm người học vượt qua bài thi trắc nghiệm?", "Cuối lớp, 230 học viên làm bài kiểm tra trắc nghiệm, 100% đạt yêu cầu.")] // any word for people
    [InlineData("Có bao nhiêu người là đảng viên?", "Lớp học có 120 người là đảng viên.")]
    [InlineData("Vậy tổng dân số toàn tỉnh là bao nhiêu người?", "Dân số toàn tỉnh khoảng 1,2 triệu người.")]
    [InlineData("dong bao dan toc thieu so o dak nong chiem bao nhieu phan tram dan so", "Đắk Nông hiện có 40 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm khoảng 32% dân số; toàn tỉnh có 6 tôn giáo.")] // the place is where, not what
    [InlineData("Tỷ lệ đơn thư khiếu nại, tố cáo được giải quyết năm 2023 ở Thái Bình đạt bao nhiêu?", "Báo cáo cho biết, năm 2023, tỉnh đã tổ chức 1.015 cuộc đối thoại; tỷ lệ giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền đạt 96,4%.")] // a rate is a percentage
    [InlineData("Đắk Nông: ĐBDTTS chiếm bao nhiêu % dân số tỉnh?", "Đắk Nông có 40 dân tộc, đồng bào dân tộc thiểu số chiếm khoảng 32% dân số.")] // a short form the bot cannot read narrows nothing
    [InlineData("Lớp có bao nhiêu học viên?", "Trong 3 ngày (8 – 10/8), 230 học viên được nghe 5 chuyên đề.")] // the number before its own unit
    [InlineData("Lớp kéo dài mấy ngày?", "Trong 3 ngày, các học viên được nghe 5 chuyên đề.")]
    [InlineData("BDVTU Bình Phước 2016 có KH hành động số mấy để triển khai NQ ĐH XII về CTDV?", "Năm 2016, cùng với việc tham mưu cấp ủy quán triệt, triển khai Kế hoạch hành động số 27-KH/BDVTU; Kế hoạch số 36-KH/TU của Tỉnh ủy về triển khai Nghị quyết Đại hội XII về công tác dân vận.")] // what narrows a count may stand across a semicolon of one list
    [InlineData("Có bao nhiêu người được khen?", "Cuối lớp, 27 học viên được biểu dương vì có bài thu hoạch xuất sắc.")] // a one-word qualifier held by a synonym
    [InlineData("bao nhieu hoc vien duoc khen", "Cuối lớp, 27 học viên được biểu dương vì có bài thu hoạch xuất sắc.")] // typed without diacritics
    public void IsMetBy_SentenceHoldingWhatIsMeasured_IsMet(string question, string sentence) =>
        Assert.True(For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Đồng bào có đạo chiếm bao nhiêu phần trăm dân số tỉnh Đắk Nông?", "Đắk Nông có 40 dân tộc, đồng bào dân tộc thiểu số chiếm khoảng 32% dân số.")] // another share of the same whole
    [InlineData("Chỉ số hài lòng của người dân năm 2023 đạt bao nhiêu phần trăm?", "Năm 2023, tỷ lệ giải quyết đơn thư khiếu nại, tố cáo thuộc thẩm quyền đạt 96,4%.")] // another rate
    [InlineData("Chỉ số hài lòng của người dân đạt bao nhiêu điểm?", "Hội nghị được kết nối tới 268 điểm cầu các xã, phường.")] // a count of a rate
    [InlineData("Đồng bào dân tộc thiểu số chiếm bao nhiêu phần trăm?", "Tỉnh có đông đồng bào dân tộc thiểu số; hộ nghèo chiếm 12%.")] // what is measured is not near the number
    [InlineData("Bao nhiêu phần trăm học viên là nữ?", "Phát biểu khai mạc, đồng chí Phó Trưởng ban cho biết: tỉnh hiện có 40 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm khoảng 32% dân số.")] // people named far from the number
    [InlineData("Bao nhiêu phần trăm hộ nghèo được vay vốn?", "Tỷ lệ giải quyết đơn thư khiếu nại đạt 96,4%.")] // the whole it is a share of
    [InlineData("Có bao nhiêu người là đảng viên?", "Lớp học có 230 học viên tham dự.")] // "là" opens what narrows the count
    [InlineData("Có bao nhiêu người được khen?", "Cuối lớp, 27 học viên được cấp giấy chứng nhận.")] // a one-word qualifier neither held nor paraphrased
    [InlineData("Vậy tổng dân số toàn tỉnh là bao nhiêu người?", "Theo báo cáo, toàn tỉnh hiện có 236 người có uy tín.")] // "toàn tỉnh" is where, "dân số" what
    [InlineData("Trong hơn 3.200 đại biểu, có bao nhiêu người là chủ tịch UBND cấp xã?", "Vẫn còn một bộ phận cán bộ, công chức có biểu hiện nhũng nhiễu.")] // "một bộ phận" is no count
    [InlineData("nghe an 2013 lop boi duong co bao nhieu hoc vien tham du", "Trong 3 ngày (27 -29/8), các học viên sẽ được tập huấn các chuyên đề.")] // 3 counts days
    [InlineData("Vậy tổng dân số toàn tỉnh là bao nhiêu người?", "Đồng bào dân tộc thiểu số chiếm khoảng 32% dân số; toàn tỉnh có 6 tôn giáo được Nhà nước công nhận với khoảng 180.000 tín đồ.")] // what is measured is in another part
    public void IsMetBy_SentenceMeasuringSomethingElse_IsNotMet(string question, string sentence) =>
        Assert.False(For(question).IsMetBy(sentence));

    [Fact]
    public void IsMetBy_AchievedAsked_NotMetByATarget()
    {
        var achieved = For("Năm 2024 tỉnh thực tế đã giải quyết được bao nhiêu phần trăm đơn thư khiếu nại?");

        Assert.False(achieved.IsMetBy("Năm 2024, tỉnh phấn đấu giải quyết trên 97% đơn thư khiếu nại, tố cáo thuộc thẩm quyền."));
        Assert.False(achieved.IsMetBy("Báo cáo tại hội nghị cho thấy, năm 2023, tỷ lệ giải quyết đơn thư khiếu nại đạt 96,4%.")); // achieved, another year
        Assert.True(achieved.IsMetBy("Năm 2024, tỉnh đã giải quyết 95% đơn thư khiếu nại, tố cáo."));
    }

    // A target named as what the achieved figure is compared with ("có vượt chỉ tiêu không") does not make the question ask it.
    [Theory]
    [InlineData("thai binh nam 2024 ket thuc nam thuc te giai quyet don thu dat bao nhieu phan tram, co vuot chi tieu khong")]
    [InlineData("Năm 2024 tỉnh giải quyết được bao nhiêu phần trăm đơn thư so với kế hoạch?")]
    [InlineData("Năm 2024 Thái Bình thực tế đã giải quyết được bao nhiêu phần trăm đơn thư khiếu nại, có đạt chỉ tiêu không?")]
    public void IsMetBy_AchievedComparedWithTarget_NotMetByTheTarget(string question)
    {
        var achieved = For(question);

        Assert.False(achieved.IsMetBy("Năm 2024, tỉnh phấn đấu giải quyết trên 97% đơn thư khiếu nại, tố cáo thuộc thẩm quyền."));
        Assert.True(achieved.IsMetBy("Năm 2024, tỉnh đã giải quyết 98% đơn thư khiếu nại, tố cáo."));
    }

    // Typed without diacritics, "dat" before a target sets it ("đặt mục tiêu") unless the question asks a result elsewhere.
    [Fact]
    public void IsMetBy_TargetReadBothWaysWithoutDiacritics_SetUnlessAResultIsAsked()
    {
        const string Target = "Năm 2024, tỉnh phấn đấu giải quyết trên 97% đơn thư khiếu nại, tố cáo thuộc thẩm quyền.";

        Assert.True(For("hoi nghi nam 2024 dat muc tieu giai quyet bao nhieu phan tram don thu khieu nai").IsMetBy(Target));
        Assert.True(For("pho chu tich tinh dan dat dat muc tieu giai quyet bao nhieu phan tram don thu").IsMetBy(Target)); // "dắt", no "đạt"
        Assert.False(For("nam 2024 thuc te da giai quyet duoc bao nhieu phan tram don thu khieu nai, co dat chi tieu khong").IsMetBy(Target));
    }

    // "Riêng năm 2022": a year asked alone is counted by a sentence naming it, not by a period holding it.
    [Theory]
    [InlineData("Riêng năm 2022 tỉnh có thêm bao nhiêu mô hình được công nhận cấp tỉnh?")]
    [InlineData("rieng nam 2022 tinh co them bao nhieu mo hinh duoc cong nhan cap tinh")]
    public void IsMetBy_YearAskedAlone_NotMetByAPeriodHoldingIt(string question)
    {
        var alone = For(question);

        Assert.False(alone.IsMetBy("Giai đoạn 2021 – 2022, toàn tỉnh đã đăng ký xây dựng 1.146 mô hình, trong đó 312 mô hình được công nhận cấp tỉnh."));
        Assert.False(alone.IsMetBy("Tỉnh phấn đấu mỗi xã có ít nhất 3 mô hình được công nhận cấp tỉnh."));
        Assert.True(alone.IsMetBy("Năm 2022, toàn tỉnh có thêm 150 mô hình được công nhận cấp tỉnh."));
        Assert.True(For("Giai đoạn 2021 – 2022 tỉnh có bao nhiêu mô hình được công nhận cấp tỉnh?")
            .IsMetBy("Giai đoạn 2021 – 2022, toàn tỉnh đã đăng ký xây dựng 1.146 mô hình, trong đó 312 mô hình được công nhận cấp tỉnh."));
    }

    // "Đích đến" asks the target: what another year achieved is not it.
    [Fact]
    public void IsMetBy_DestinationAsked_IsATarget()
    {
        var target = For("Đích đến năm 2024 của tỉnh về xử lý đơn thư khiếu nại là bao nhiêu phần trăm?");

        Assert.True(target.IsMetBy("Năm 2024, tỉnh phấn đấu giải quyết trên 97% đơn thư khiếu nại, tố cáo thuộc thẩm quyền."));
        Assert.False(target.IsMetBy("Báo cáo tại hội nghị cho thấy, năm 2023, tỷ lệ giải quyết đơn thư khiếu nại đạt 96,4%."));
    }

    [Fact]
    public void IsMetBy_TargetAsked_NotMetByWhatAnotherYearAchieved()
    {
        var target = For("Năm 2024 tỉnh phấn đấu giải quyết bao nhiêu phần trăm đơn thư khiếu nại?");

        Assert.False(target.IsMetBy("Báo cáo tại hội nghị cho thấy, năm 2023, tỉnh đã giải quyết 96,4% đơn thư khiếu nại, tố cáo."));
        Assert.True(target.IsMetBy("Năm 2024, tỉnh phấn đấu giải quyết trên 97% đơn thư khiếu nại, tố cáo thuộc thẩm quyền."));

        // Both asked: the year's result and the next year's target.
        var both = For("Tỷ lệ giải quyết đơn thư năm 2023 đạt bao nhiêu phần trăm, năm 2024 phấn đấu bao nhiêu?");
        Assert.True(both.IsMetBy("Báo cáo tại hội nghị cho thấy, năm 2023, tỷ lệ giải quyết đơn thư khiếu nại đạt 96,4%."));
    }

    [Fact]
    public void IsMetBy_RequestAsked_IsATarget()
    {
        const string Target = "Tỉnh ủy đề nghị rà soát các mô hình; phấn đấu mỗi xã có ít nhất 3 mô hình “Dân vận khéo” mỗi năm.";

        Assert.True(For("Tỉnh đã yêu cầu mỗi xã có ít nhất mấy mô hình Dân vận khéo mỗi năm?").IsMetBy(Target));
        Assert.False(For("Thực tế mỗi xã đã có bao nhiêu mô hình Dân vận khéo?").IsMetBy(Target));

        // "đạt yêu cầu" is a result, not a request.
        Assert.True(For("Đã có bao nhiêu phần trăm học viên đạt yêu cầu?").IsMetBy("Cuối lớp, 230 học viên làm bài kiểm tra, 100% đạt yêu cầu."));
    }

    // "X là bao nhiêu": the number follows what it measures ("dân số 1,2 triệu") or counts it ("trên 97% đơn thư").
    [Fact]
    public void IsMetBy_CountNamedBeforeItsAsker_MetByANumberOnEitherSide()
    {
        var target = For("Còn chỉ tiêu 2024 về giải quyết đơn thư là bao nhiêu?");

        Assert.True(target.IsMetBy("Năm 2024, tỉnh phấn đấu giải quyết trên 97% đơn thư khiếu nại, tố cáo thuộc thẩm quyền."));
        Assert.False(target.IsMetBy("Năm 2024, trong 30 ngày, tỉnh phấn đấu giải quyết dứt điểm đơn thư.")); // 30 counts days
    }

    [Fact]
    public void IsMetBy_NumberNamingADocument_NeitherPlannedNorAchieved()
    {
        var expectation = For("Năm 2024 tỉnh đã ban hành kế hoạch số mấy?");

        Assert.True(expectation.IsMetBy("Năm 2024, tỉnh phấn đấu thực hiện tốt Kế hoạch số 05-KH/TU."));
    }

    [Fact]
    public void LocalFile_AddsMeasureWordsWithoutCode()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "measures": { "verbs": ["tương đương"], "rateWords": ["hệ số"], "planned": ["theo lộ trình"], "achieved": ["hoàn thành"] } }""");
        var local = QuestionLexicon.Load(path);
        const string Rate = "Tỷ lệ giải quyết đơn thư khiếu nại là 96%.";

        Assert.True(For("Hộ nghèo tương đương bao nhiêu phần trăm?").IsMetBy(Rate));
        Assert.False(For("Hộ nghèo tương đương bao nhiêu phần trăm?", local).IsMetBy(Rate));
        Assert.True(For("Hệ số tín nhiệm bao nhiêu phần trăm?").IsMetBy(Rate));
        Assert.False(For("Hệ số tín nhiệm bao nhiêu phần trăm?", local).IsMetBy(Rate));

        var places = directory.File("places.json");
        File.WriteAllText(places, """{ "measures": { "verbs": ["tương đương"], "places": ["khu vực"] } }""");
        Assert.False(For("Hộ nghèo khu vực tương đương bao nhiêu phần trăm?", local).IsMetBy("Hộ nghèo chiếm 12% số hộ.")); // "khu vực" read as what
        Assert.True(For("Hộ nghèo khu vực tương đương bao nhiêu phần trăm?", QuestionLexicon.Load(places)).IsMetBy("Hộ nghèo chiếm 12% số hộ."));

        var time = directory.File("time.json");
        File.WriteAllText(time, """{ "units": { "time": ["kỳ"] } }""");
        const string Terms = "Trong 2 kỳ, các học viên được học tập trung.";
        Assert.True(For("Có bao nhiêu học viên?").IsMetBy(Terms));
        Assert.False(For("Có bao nhiêu học viên?", QuestionLexicon.Load(time)).IsMetBy(Terms)); // "2 kỳ" counts terms

        const string Plan = "Theo lộ trình, tỉnh giải quyết 97% đơn thư khiếu nại.";
        Assert.True(For("Tỉnh hoàn thành giải quyết bao nhiêu phần trăm đơn thư?").IsMetBy(Plan));
        Assert.False(For("Tỉnh hoàn thành giải quyết bao nhiêu phần trăm đơn thư?", local).IsMetBy(Plan));
    }
}
