using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// The time a question asks of, which a document states only up to its own date: today, a later time, a date after the
/// document's, two years compared, since when. A sentence that does not state that time answers at most as related
/// material, with a note giving the materials' date.
/// </summary>
public sealed class TimeScopeTests : IClassFixture<KnowledgeFixture>
{
    private static readonly DateOnly HaNamDate = new(2022, 3, 30);
    private readonly ExtractiveAnswerComposer _composer;

    public TimeScopeTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    private static RetrievedPassage Passage(string text, DateOnly? published, string province = "Hà Nam") =>
        new(1, 1, 0, "Tập huấn nghiệp vụ công tác dân vận", null, text, "test.md", "Báo " + province, published, province, 1.0);

    private const string HaNamHead = "Sáng 30/3, Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2022. "
        + "Đồng chí Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy kiêm Trưởng Ban Dân vận Tỉnh ủy dự, chỉ đạo hội nghị.";

    // The holder of an office now: a document of 2022 names the holder then, not now; the note gives its date.
    [Theory]
    [InlineData("Hiện nay ai là Trưởng Ban Dân vận Tỉnh ủy Hà Nam?")]
    [InlineData("hien gio ai dang giu chuc truong ban dan van tinh uy ha nam vay mn")] // typed without diacritics
    [InlineData("Bà Đinh Thị Lụa bây giờ còn làm Trưởng Ban Dân vận Tỉnh ủy Hà Nam không?")] // a confirmation of today
    public async Task ComposeAsync_CurrentHolderAskedOfAnEarlierDocument_IsRelatedWithItsDate(string question)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(HaNamHead, HaNamDate)]);

        Assert.Equal(AnswerOutcome.Related, answer.Outcome);
        Assert.Contains(AnswerTexts.TimeScopeNote(TimeScope.Gap.Now, HaNamDate), answer.Body, StringComparison.Ordinal);
        Assert.Contains("30/03/2022", answer.Body, StringComparison.Ordinal);
    }

    // The same question of the document's year is answered; a title quoting "hiện nay" asks of no today.
    [Theory]
    [InlineData("Năm 2022 ai là Trưởng Ban Dân vận Tỉnh ủy Hà Nam?")]
    [InlineData("Ai chỉ đạo hội nghị tập huấn nghiệp vụ công tác dân vận Hà Nam năm 2022, đồng chí đó giữ chức gì?")]
    public async Task ComposeAsync_HolderAskedOfTheDocumentsTime_IsAnswered(string question)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(HaNamHead, HaNamDate)]);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Đinh Thị Lụa", answer.Body, StringComparison.Ordinal);
    }

    // A sentence stating the document's own present ("hiện có") answers a question asking of today.
    [Fact]
    public async Task ComposeAsync_TodayAskedAndTheSentenceStatesItsPresent_IsAnswered()
    {
        var passage = Passage("Lớp bồi dưỡng diễn ra tại Đắk Nông. Theo báo cáo tại lớp học, toàn tỉnh hiện có 236 người có uy tín trong đồng bào dân tộc thiểu số.",
            new DateOnly(2021, 10, 22), "Đắk Nông");

        var answer = await _composer.ComposeAsync("Đắk Nông hiện nay có bao nhiêu người có uy tín trong đồng bào dân tộc thiểu số?", [passage]);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("236", answer.Body, StringComparison.Ordinal);
    }

    // Two years compared: the year no quoted sentence states is named in the note.
    [Fact]
    public async Task ComposeAsync_TwoYearsComparedOneUnstated_IsRelatedNamingTheMissingYear()
    {
        var passage = Passage("Năm 2023, người đứng đầu cấp ủy, chính quyền các cấp trong tỉnh Thái Bình đã tổ chức 1.015 cuộc tiếp xúc, đối thoại trực tiếp với nhân dân. "
            + "Lớp học có ba chuyên đề. Học viên được học nhiều kỹ năng mới. Các đại biểu thảo luận sôi nổi. Hội nghị diễn ra trong một buổi sáng. "
            + "Báo cáo viên giới thiệu Luật Thực hiện dân chủ ở cơ sở năm 2022.",
            new DateOnly(2024, 4, 12), "Thái Bình");

        var compared = await _composer.ComposeAsync("So với năm 2022 thì số cuộc tiếp xúc, đối thoại năm 2023 ở Thái Bình tăng bao nhiêu cuộc?", [passage]);
        var asked = await _composer.ComposeAsync("Năm 2023 ở Thái Bình có bao nhiêu cuộc tiếp xúc, đối thoại với nhân dân?", [passage]);

        Assert.True(compared.Outcome == AnswerOutcome.Related, compared.Body);
        Assert.Contains(AnswerTexts.TimeScopeNote(TimeScope.Gap.Compared, null, "2022"), compared.Body, StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.Answered, asked.Outcome);
    }

    // A time after the document that it states only as a plan: asked as done, related material; asked as a plan, answered.
    [Theory]
    [InlineData("Tháng 11/2023 Tuyên Quang đã tổ chức hội nghị gì?", AnswerOutcome.Related)]
    [InlineData("Tháng 11/2023 Tuyên Quang dự kiến tổ chức hội nghị gì?", AnswerOutcome.Answered)]
    public async Task ComposeAsync_TimeAfterTheDocument_StatedOnlyAsPlanned(string question, AnswerOutcome expected)
    {
        var passage = Passage("Sáng 8/8, Ban Dân vận Tỉnh ủy Tuyên Quang khai mạc lớp tập huấn nghiệp vụ và kỹ năng xây dựng mô hình Dân vận khéo năm 2023. "
            + "Giai đoạn 2021 – 2022, các cấp trong tỉnh đã xây dựng 2.034 mô hình Dân vận khéo. "
            + "Dự kiến tháng 11/2023, tỉnh sẽ tổ chức Hội nghị biểu dương điển hình Dân vận khéo giai đoạn 2021 – 2023.",
            new DateOnly(2023, 8, 9), "Tuyên Quang");

        var answer = await _composer.ComposeAsync(question, [passage]);

        Assert.Equal(expected, answer.Outcome);
        if (expected == AnswerOutcome.Related)
        {
            Assert.True(answer.Body.Contains("09/08/2023", StringComparison.Ordinal), answer.Body);
        }
    }

    // A later time asked ("năm sau") of a document stating no plan.
    [Fact]
    public async Task ComposeAsync_NextYearAskedOfADocumentWithoutPlans_IsRelatedWithItsDate()
    {
        var answer = await _composer.ComposeAsync("Năm sau Hà Nam có tổ chức lại hội nghị tập huấn nghiệp vụ công tác dân vận không?", [Passage(HaNamHead, HaNamDate)]);

        Assert.Equal(AnswerOutcome.Related, answer.Outcome);
        Assert.Contains(AnswerTexts.TimeScopeNote(TimeScope.Gap.Later, HaNamDate), answer.Body, StringComparison.Ordinal);
    }

    // Since when someone holds an office: a sentence naming the holder without a start does not answer.
    [Theory]
    [InlineData("Đồng chí Ma Thị Hồng Nhung làm Trưởng Ban Dân vận Tỉnh ủy Tuyên Quang từ năm nào?", false)]
    [InlineData("Đồng chí Ma Thị Hồng Nhung làm Trưởng Ban Dân vận Tỉnh ủy Tuyên Quang từ năm nào?", true)]
    public async Task ComposeAsync_SinceWhenAsked_NeedsAStartStated(string question, bool startStated)
    {
        var passage = Passage("Sáng 8/8, Ban Dân vận Tỉnh ủy Tuyên Quang khai mạc lớp tập huấn Dân vận khéo năm 2023. "
            + (startStated ? "Đồng chí Ma Thị Hồng Nhung giữ chức Trưởng Ban Dân vận Tỉnh ủy Tuyên Quang từ năm 2020." : "Dự và phát biểu khai mạc có đồng chí Ma Thị Hồng Nhung, Trưởng Ban Dân vận Tỉnh ủy Tuyên Quang."),
            new DateOnly(2023, 8, 9), "Tuyên Quang");

        var answer = await _composer.ComposeAsync(question, [passage]);

        Assert.Equal(startStated ? AnswerOutcome.Answered : AnswerOutcome.Related, answer.Outcome);
    }

    [Theory]
    [InlineData("Hiện nay ai là Trưởng ban?", true)]
    [InlineData("bay gio ai lam truong ban", true)] // typed without diacritics
    [InlineData("Đến nay có bao nhiêu mô hình?", true)]
    [InlineData("Vì sao việc thực hiện còn hạn chế?", false)] // "hiện còn" inside "thực hiện còn"
    [InlineData("Buổi tập huấn đông người nhất từ trước tới nay ở Bình Phước quán triệt chỉ thị nào?", false)]
    [InlineData("Chuyên đề về khiếu kiện phức tạp trong tình hình hiện nay do ai giới thiệu?", false)]
    [InlineData("ông Lê Văn A giờ còn làm Trưởng Ban Dân vận Tỉnh ủy không", true)] // "giờ còn": still, today
    [InlineData("ba Nguyen Thi B o Ninh Binh nay lam chuc vu gi roi a", true)] // "nay làm", typed without diacritics
    [InlineData("Lớp này làm những nội dung gì?", false)] // "này làm" typed with diacritics is no "nay làm"
    [InlineData("Người đứng đầu Ban Dân vận Tỉnh ủy đồng thời còn giữ cương vị gì?", false)] // "còn giữ": also holds
    public void Of_AsksNow_OnlyOfToday(string question, bool now) =>
        Assert.Equal(now, TimeScope.Of(question, QuestionLexicon.Default).AsksNow);

    [Theory]
    [InlineData("Đồng chí Ma Thị Hồng Nhung làm Trưởng ban từ năm nào?", true)]
    [InlineData("Ông ấy giữ chức đó từ bao giờ?", true)]
    [InlineData("Lớp dân vận khéo khai mạc bữa nào, học từ ngày nào tới ngày nào?", false)] // the days of a course, not a start
    public void Of_AsksSince_OfAStartOnly(string question, bool since) =>
        Assert.Equal(since, TimeScope.Of(question, QuestionLexicon.Default).AsksSince);

    [Theory]
    [InlineData("Cuối năm 2024 có bao nhiêu xã thực hiện tốt?", "2024-12-01")]
    [InlineData("Năm 2025 có mở lớp không?", "2025-01-01")]
    [InlineData("Tháng 12/2023 xã đã sơ kết chưa?", "2023-12-01")]
    [InlineData("Hội nghị ngày 11/4/2024 bắt đầu lúc mấy giờ?", "2024-04-11")]
    public void Of_Periods_FromTheirFirstDay(string question, string from) =>
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(TimeScope.Of(question, QuestionLexicon.Default).Periods).From);
}
