using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// A year, date or code the question names must date or number what it asks of in the evidence (<see cref="EventBinding"/>):
/// not a span of years, nor a document a clause only cites or replaces, nor a code dated otherwise.
/// </summary>
public sealed class EventBindingTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public EventBindingTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    private static RetrievedPassage Passage(string title, string text, DateOnly published, string province) =>
        new(1, 1, 0, title, null, text, "test.md", "Báo tỉnh", published, province, 1.0);

    // A course held (and reported) in 2023, whose report names 2022 only inside a period.
    private static readonly RetrievedPassage Course = Passage("Tập huấn xây dựng mô hình Dân vận khéo", "Sáng 12/9, Ban Dân vận Tỉnh ủy Tuyên Quang khai mạc lớp tập huấn "
        + "xây dựng mô hình Dân vận khéo. Lớp tập huấn có 230 học viên là lãnh đạo, chuyên viên Ban Dân vận các huyện. "
        + "Đồng chí cho biết, giai đoạn 2021 – 2022, các cấp, các ngành trong tỉnh đã xây dựng 2.034 mô hình Dân vận khéo. "
        + "Kế hoạch năm 2024, tỉnh tiếp tục mở lớp cho bí thư chi bộ.", new DateOnly(2023, 9, 12), "Tuyên Quang");

    // A regulation that replaces an older one, named by code and date.
    private static readonly RetrievedPassage Regulation = Passage("Quy chế công tác dân vận của hệ thống chính trị xã Phước Thịnh",
        "1. Đảng ủy xã lãnh đạo, chỉ đạo thực hiện công tác dân vận. 2. Tiếp công dân định kỳ vào thứ Năm hằng tuần. "
        + "3. Quy chế này được ban hành kèm theo Quyết định số 87-QĐ/ĐU ngày 10/7/2023 của Đảng ủy xã. "
        + "4. Quy chế này có hiệu lực kể từ ngày ký và thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018.", new DateOnly(2023, 7, 10), "Bình Phước");

    private async Task<(Answer Answer, DecisionSignals Signals, IReadOnlyList<string> Lines)> Ask(string question, RetrievedPassage passage)
    {
        Answer answer;
        DecisionSignals signals;
        IReadOnlyList<string> lines;
        using (DecisionTrace.Begin(out lines, out signals))
        {
            answer = await _composer.ComposeAsync(question, [passage]);
        }

        return (answer, signals, lines);
    }

    // The year the course was held answers; a year its report names only in a period does not, typed or folded: related
    // material, saying the year is written in another role, decided by the check "binding".
    [Theory]
    [InlineData("Lớp Dân vận khéo của Tuyên Quang năm 2022 có bao nhiêu học viên?")]
    [InlineData("lop Dan van kheo cua Tuyen Quang nam 2022 co bao nhieu hoc vien?")]
    public async Task Compose_YearWrittenOnlyInASpanOfYears_IsUnboundAndDeclined(string question)
    {
        var (answer, signals, lines) = await Ask(question, Course);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        Assert.Equal("binding", signals.Decider(answer.Outcome));
        Assert.Equal(["2022"], signals.Unbound);
        Assert.Contains(AnswerTexts.Unbound(["2022"]), answer.Body, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("binding: 2022", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lớp Dân vận khéo của Tuyên Quang năm 2023 có bao nhiêu học viên?")]
    [InlineData("lop Dan van kheo cua Tuyen Quang nam 2023 co bao nhieu hoc vien?")]
    public async Task Compose_YearOfTheCourseItself_Answers(string question)
    {
        var (answer, _, _) = await Ask(question, Course);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("230 học viên", answer.Body, StringComparison.Ordinal);
    }

    // A question naming both ends of the span is answered by it, with or without the dash.
    [Theory]
    [InlineData("Giai đoạn 2021-2022 Tuyên Quang xây dựng bao nhiêu mô hình Dân vận khéo?")]
    [InlineData("tuyen quang giai doan 2021 2022 xay dung duoc bao nhieu mo hinh dan van kheo")]
    public async Task Compose_SpanAskedAsASpan_Answers(string question)
    {
        var (answer, signals, _) = await Ask(question, Course);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Empty(signals.Unbound);
        Assert.Contains("2.034 mô hình", answer.Body, StringComparison.Ordinal);
    }

    // A year named as a plan does not date the course either (it is not mentioned as a reported year).
    [Fact]
    public async Task Compose_YearWrittenOnlyAsAPlan_IsDeclined()
    {
        var (answer, _, _) = await Ask("Lớp Dân vận khéo của Tuyên Quang năm 2024 có bao nhiêu học viên?", Course);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
    }

    // A document the regulation only replaces is not the regulation: what it lays down is not answered from it.
    [Theory]
    [InlineData("Quy chế số 05-QC/ĐU ngày 20/6/2018 của xã Phước Thịnh quy định những gì?")]
    [InlineData("Quy che so 05-QC/DU ngay 20/6/2018 cua xa Phuoc Thinh quy dinh nhung gi?")]
    public async Task Compose_CodeWrittenOnlyAsReplaced_IsUnboundAndDeclined(string question)
    {
        var (answer, signals, _) = await Ask(question, Regulation);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        Assert.Equal("binding", signals.Decider(answer.Outcome));
        Assert.Contains(signals.Unbound, l => l.StartsWith("05-QC", StringComparison.Ordinal));
    }

    // Asked of the replacing itself, the citing clause is evidence: nothing is unbound.
    [Fact]
    public async Task Compose_QuestionAsksOfTheReplacement_KeepsTheCitingClause()
    {
        var (_, signals, _) = await Ask("Quy chế số 05-QC/ĐU ngày 20/6/2018 của xã Phước Thịnh được thay thế khi nào?", Regulation);

        Assert.Empty(signals.Unbound);
        Assert.Empty(signals.NotMentioned);
    }

    // A code with its own date is a unit: the same code dated otherwise is another document; dated alike, it answers.
    [Fact]
    public async Task Compose_CodeDatedOtherwise_IsUnbound()
    {
        var (answer, signals, _) = await Ask("Quyết định số 87-QĐ/ĐU ngày 5/7/2023 của Đảng ủy xã Phước Thịnh ban hành quy chế gì?", Regulation);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(signals.Unbound, l => l.StartsWith("87-Q", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compose_CodeDatedAlike_IsBound()
    {
        var (_, signals, _) = await Ask("Quyết định số 87-QĐ/ĐU ngày 10/7/2023 của Đảng ủy xã Phước Thịnh ban hành quy chế gì?", Regulation);

        Assert.Empty(signals.Unbound);
        Assert.Empty(signals.NotMentioned);
    }

    // A conference that taught a law and a decree: the law's date is not the decree's.
    private static readonly RetrievedPassage Conference = Passage("Hội nghị dân vận chính quyền trực tuyến",
        "Tại hội nghị, báo cáo viên truyền đạt chuyên đề Những nội dung cơ bản của Luật Thực hiện dân chủ ở cơ sở năm 2022 và Nghị định 59/2023/NĐ-CP; Kỹ năng tổ chức đối thoại với nhân dân. "
        + "Báo cáo viên lưu ý Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 1/7/2023, quy định rõ những nội dung chính quyền cấp xã phải công khai.",
        new DateOnly(2024, 4, 11), "Thái Bình");

    [Theory]
    [InlineData("Nghị định 59/2023/NĐ-CP có hiệu lực từ ngày nào?")]
    [InlineData("nghi dinh 59/2023/ND-CP co hieu luc tu ngay nao?")]
    public async Task Compose_FactStatedOfAnotherDocument_IsSetAside(string question)
    {
        var (answer, _, lines) = await Ask(question, Conference);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(lines, l => l.StartsWith("set aside (other document)", StringComparison.Ordinal) && l.Contains("Luật Thực hiện", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compose_FactStatedOfTheDocumentAsked_Answers()
    {
        var (answer, _, _) = await Ask("Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày nào?", Conference);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("1/7/2023", answer.Body, StringComparison.Ordinal);
    }

    // The blanked text keeps its length; what dates nothing asked goes, the rest stays.
    [Fact]
    public void Bound_BlanksSpansAndCitingClausesOnly()
    {
        var binding = EventBinding.Of("Lớp tập huấn năm 2022 có bao nhiêu học viên?", QuestionLexicon.Default);
        const string text = "Giai đoạn 2021 – 2022, tỉnh xây dựng 300 mô hình; năm 2022 mở 2 lớp. Quy chế này thay thế Quy chế số 05-QC/ĐU ngày 20/6/2018.";

        var bound = binding.Bound(text);

        Assert.Equal(text.Length, bound.Length);
        Assert.DoesNotContain("2021", bound, StringComparison.Ordinal);
        Assert.Contains("năm 2022 mở 2 lớp", bound, StringComparison.Ordinal);
        Assert.Contains("Quy chế này", bound, StringComparison.Ordinal);
        Assert.DoesNotContain("05-QC", bound, StringComparison.Ordinal);
        Assert.DoesNotContain("2018", bound, StringComparison.Ordinal);
    }

    // The year inside a code is the code's: it dates nothing else, unless the question names that document.
    [Theory]
    [InlineData("Năm 2000 tỉnh có bao nhiêu lớp?", false)]
    [InlineData("Chỉ thị 18 năm 2000 nói gì về dân vận?", true)]
    [InlineData("Chỉ thị 18/2000/CT-TTg nói gì về dân vận?", true)]
    public void Bound_YearInsideACode_StaysOnlyForTheDocumentNamed(string question, bool kept)
    {
        var bound = EventBinding.Of(question, QuestionLexicon.Default).Bound("Thực hiện Chỉ thị số 18/2000/CT-TTg, tỉnh mở 3 lớp.");

        Assert.Equal(kept, bound.Contains("18/2000/CT-TTg", StringComparison.Ordinal));
        Assert.Contains("18/", bound, StringComparison.Ordinal);
    }

    // The year in a document's title is that document's: it dates no conference that taught it, unless the question names a document.
    [Theory]
    [InlineData("Hội nghị dân vận chính quyền của Thái Bình năm 2022 có bao nhiêu điểm cầu?", false)]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở năm 2022 quy định những gì?", true)]
    public void Bound_YearInADocumentTitle_StaysOnlyWhenADocumentIsAsked(string question, bool kept)
    {
        var bound = EventBinding.Of(question, QuestionLexicon.Default)
            .Bound("Báo cáo viên truyền đạt chuyên đề Những nội dung cơ bản của Luật Thực hiện dân chủ ở cơ sở năm 2022. Năm 2024 tỉnh mở 3 lớp.");

        Assert.Equal(kept, bound.Contains("2022", StringComparison.Ordinal));
        Assert.Contains("Năm 2024 tỉnh mở 3 lớp", bound, StringComparison.Ordinal);
    }

    // A year compared that the quoted sentences state only in a plan ("Dự kiến tháng 11/2023 …") is not stated: the note names it.
    [Fact]
    public async Task Compose_YearComparedStatedOnlyAsAPlan_IsRelatedNamingIt()
    {
        var passage = Passage("Tập huấn xây dựng mô hình Dân vận khéo", "Đồng chí cho biết, giai đoạn 2021 – 2022, các cấp, các ngành trong tỉnh Tuyên Quang đã xây dựng 2.034 mô hình Dân vận khéo. "
            + "Dự kiến tháng 11/2023, tỉnh sẽ tổ chức Hội nghị biểu dương điển hình Dân vận khéo giai đoạn 2021 – 2023.", new DateOnly(2023, 9, 12), "Tuyên Quang");

        var (answer, signals, _) = await Ask("so voi giai doan 2021-2022 thi nam 2023 Tuyen Quang co them bao nhieu mo hinh Dan van kheo", passage);

        Assert.Equal(AnswerOutcome.Related, answer.Outcome);
        Assert.Empty(signals.Unbound);
        Assert.Contains(AnswerTexts.TimeScopeNote(TimeScope.Gap.Compared, null, "2023"), answer.Body, StringComparison.Ordinal);
    }
}
