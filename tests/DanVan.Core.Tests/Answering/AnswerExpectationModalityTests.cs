using DanVan.Core.Answering;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// The mood of a question and of the sentence answering it: an outcome asked ("có … đúng hạn không", "đã … chưa", "kết
/// quả") is not answered by a sentence stating it only as asked for or planned ("chỉ đạo … gửi … trước ngày 30/6"); a
/// request or plan asked is. And the values a question states are given, not asked: a time asked is not met by the date
/// the question names.
/// </summary>
public sealed class AnswerExpectationModalityTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public AnswerExpectationModalityTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    private static RetrievedPassage Passage(string text, string province) =>
        new(1, 1, 0, "Tập huấn dân vận", null, text, "test.md", "Báo " + province, new DateOnly(2023, 5, 20), province, 1.0);

    private const string Directed = "Các huyện, thị, thành ủy chỉ đạo Ban Dân vận cùng cấp gửi báo cáo đăng ký mô hình năm 2023 về Ban Dân vận Tỉnh ủy trước ngày 30/6.";

    private const string QuangTri = "Ngày 18/5, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức lớp tập huấn xây dựng mô hình Dân vận khéo năm 2023. " + Directed;

    [Theory]
    [InlineData("Sau lớp tập huấn, các huyện Quảng Trị có gửi báo cáo đăng ký mô hình đúng hạn 30/6 không?", true)]
    [InlineData("sau lop tap huan, cac huyen Quang Tri co gui bao cao dang ky mo hinh dung han 30/6 khong?", true)]
    [InlineData("Xã Phước Thịnh đã sơ kết quy chế dân vận chưa?", true)]
    [InlineData("Hội nghị biểu dương điển hình Dân vận khéo kết quả ra sao?", true)]
    [InlineData("Các huyện Quảng Trị được yêu cầu gửi báo cáo đăng ký mô hình trước ngày nào?", false)] // the request asked
    [InlineData("cac huyen Quang Tri duoc chi dao gui bao cao dang ky mo hinh truoc ngay nao", false)]
    [InlineData("Năm sau Quảng Trị có tổ chức lại lớp tập huấn không?", false)] // a later time: a plan answers
    [InlineData("Lớp tập huấn ở Quảng Trị có bao nhiêu học viên?", false)]
    public void AsksOutcome_ReadsTheQuestionsMood(string question, bool outcome) =>
        Assert.Equal(outcome, Expectations.For(question).AsksOutcome);

    [Theory]
    [InlineData(Directed, true)]
    [InlineData("Đồng chí Trưởng Ban đề nghị các huyện gửi báo cáo đăng ký mô hình về Ban Dân vận Tỉnh ủy trước ngày 30/6.", true)]
    [InlineData("Các huyện đã gửi báo cáo đăng ký mô hình năm 2023 về Ban Dân vận Tỉnh ủy trước ngày 30/6.", false)] // done
    [InlineData("Ban chỉ đạo tỉnh tổng hợp báo cáo đăng ký mô hình của các huyện.", false)] // a body, not a directive
    [InlineData("Các huyện gửi báo cáo đăng ký mô hình đúng hạn, 100% đạt yêu cầu.", false)] // a result
    public void StatesOnlyDirective_WhenTheDirectiveGovernsWhatIsAsked(string sentence, bool directive) =>
        Assert.Equal(directive, Expectations.For("Các huyện Quảng Trị có gửi báo cáo đăng ký mô hình đúng hạn không?").StatesOnlyDirective(sentence));

    [Fact]
    public void StatesOnlyDirective_NeverForAQuestionAskingThePlan() =>
        Assert.False(Expectations.For("Các huyện Quảng Trị được chỉ đạo gửi báo cáo đăng ký mô hình trước ngày nào?").StatesOnlyDirective(Directed));

    [Theory]
    [InlineData("Sau lớp tập huấn, các huyện Quảng Trị có gửi báo cáo đăng ký mô hình đúng hạn 30/6 không?", AnswerOutcome.Related)]
    [InlineData("sau lop tap huan, cac huyen Quang Tri co gui bao cao dang ky mo hinh dung han 30/6 khong?", AnswerOutcome.Related)]
    [InlineData("Các huyện Quảng Trị đã gửi báo cáo đăng ký mô hình năm 2023 chưa?", AnswerOutcome.Related)]
    [InlineData("Các huyện Quảng Trị được chỉ đạo gửi báo cáo đăng ký mô hình năm 2023 trước ngày nào?", AnswerOutcome.Answered)]
    public async Task ComposeAsync_OutcomeStatedOnlyAsDirected_IsRelated(string question, AnswerOutcome expected)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(QuangTri, "Quảng Trị")]);

        Assert.Equal(expected, answer.Outcome);
        Assert.Equal(expected == AnswerOutcome.Related, answer.Body.Contains(AnswerTexts.DirectiveOnlyNote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ComposeAsync_OutcomeStatedAsDone_IsAnswered()
    {
        var done = QuangTri.Replace("chỉ đạo Ban Dân vận cùng cấp gửi", "đã gửi", StringComparison.Ordinal);

        var answer = await _composer.ComposeAsync("Các huyện Quảng Trị đã gửi báo cáo đăng ký mô hình năm 2023 chưa?", [Passage(done, "Quảng Trị")]);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
    }

    private const string ThaiBinhEcho = "Ngày 11/4/2024, UBND tỉnh Thái Bình tổ chức hội nghị trực tuyến về công tác dân vận chính quyền.";

    [Theory]
    [InlineData("Hội nghị trực tuyến Thái Bình khai mạc ngày 11/4/2024 thì kết thúc vào ngày nào?", ThaiBinhEcho, true)]
    [InlineData("hoi nghi truc tuyen Thai Binh khai mac ngay 11/4/2024 thi ket thuc vao ngay nao", ThaiBinhEcho, true)]
    [InlineData("Hội nghị trực tuyến Thái Bình khai mạc ngày 11/4/2024 thì kết thúc vào ngày nào?", "Hội nghị trực tuyến diễn ra từ ngày 11/4/2024 đến ngày 12/4/2024.", false)]
    [InlineData("Hội nghị trực tuyến ở Thái Bình diễn ra ngày nào?", ThaiBinhEcho, false)] // no value given
    [InlineData("Nghị định 59/2023/NĐ-CP ban hành năm nào?", "Nghị định 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết Luật.", false)] // a code is a name
    public void EchoesOnly_WhenTheSentencesOnlyValueIsTheQuestions(string question, string sentence, bool echoes) =>
        Assert.Equal(echoes, Expectations.For(question).EchoesOnly(sentence));

    [Theory]
    [InlineData("Hội nghị trực tuyến Thái Bình khai mạc ngày 11/4/2024 thì kết thúc vào ngày nào?", AnswerOutcome.Related)]
    [InlineData("Hội nghị trực tuyến về công tác dân vận chính quyền ở Thái Bình tổ chức ngày nào?", AnswerOutcome.Answered)]
    public async Task ComposeAsync_TimeMetOnlyByTheValueTheQuestionStates_IsRelated(string question, AnswerOutcome expected)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(ThaiBinhEcho, "Thái Bình")]);

        Assert.Equal(expected, answer.Outcome);
    }

    // A result asked of a rule: an article says what is to be done, not what came of it.
    [Theory]
    [InlineData("Sau 5 năm thực hiện, xã Phước Thịnh tổng kết quy chế dân vận kết quả thế nào?", AnswerOutcome.Related)]
    [InlineData("Theo quy chế, xã Phước Thịnh tổng kết việc thực hiện quy chế dân vận mấy năm một lần?", AnswerOutcome.Answered)]
    public async Task ComposeAsync_ResultAskedOfARule_IsRelated(string question, AnswerOutcome expected)
    {
        var rule = new RetrievedPassage(1, 1, 0, "Quy chế công tác dân vận xã Phước Thịnh", "Chương III › Điều 9. Sơ kết, tổng kết",
            "1. Hằng năm, Đảng ủy xã Phước Thịnh sơ kết việc thực hiện quy chế dân vận vào tháng 12; định kỳ 5 năm tổng kết việc thực hiện quy chế một lần.",
            "test.md", "Đảng ủy xã Phước Thịnh", new DateOnly(2023, 6, 1), null, 1.0);

        var answer = await _composer.ComposeAsync(question, [rule]);

        Assert.Equal(expected, answer.Outcome);
    }

    // A count asked within a total the question names is not a count over the whole province.
    [Theory]
    [InlineData("Trong số học viên lớp Đắk Nông năm 2021, bao nhiêu người là người có uy tín?", AnswerOutcome.Related)]
    [InlineData("trong so hoc vien lop Dak Nong nam 2021 co bao nhieu nguoi co uy tin", AnswerOutcome.Related)]
    [InlineData("Đắk Nông hiện có bao nhiêu người có uy tín?", AnswerOutcome.Answered)]
    public async Task ComposeAsync_CountWithinANamedTotal_NeedsThatTotal(string question, AnswerOutcome expected)
    {
        var passage = Passage("Sáng 27/8, Đắk Nông khai mạc lớp bồi dưỡng công tác dân tộc, tôn giáo năm 2021 cho học viên các huyện. "
            + "Theo báo cáo tại lớp học, toàn tỉnh hiện có 236 người có uy tín trong đồng bào dân tộc thiểu số.", "Đắk Nông");

        var answer = await _composer.ComposeAsync(question, [passage]);

        Assert.Equal(expected, answer.Outcome);
    }

    // A part asked of a total ("học viên là chức sắc tôn giáo"): the syllable of a course event inside the sub-group's
    // word ("chức" of "tổ chức") does not end it, so the total alone does not answer.
    [Theory]
    [InlineData("Lớp bồi dưỡng Đắk Nông năm 2021 có bao nhiêu học viên là chức sắc tôn giáo?")]
    [InlineData("lop boi duong Dak Nong nam 2021 co bao nhieu hoc vien la chuc sac ton giao")]
    public async Task ComposeAsync_SubGroupAskedOfATotal_NeedsTheSubGroup(string question)
    {
        Assert.Contains("sac", Expectations.For(question).AskedWords);
        var passage = Passage("Lớp bồi dưỡng công tác dân tộc, tôn giáo năm 2021 của Đắk Nông có 140 học viên học tập trung tại hội trường.", "Đắk Nông");

        var answer = await _composer.ComposeAsync(question, [passage]);

        Assert.Equal(AnswerOutcome.Related, answer.Outcome);
    }
}
