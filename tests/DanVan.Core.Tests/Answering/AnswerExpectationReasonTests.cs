using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>Why, what for, what came of it: the sentence that states a reason, a purpose or a result.</summary>
public sealed class AnswerExpectationReasonTests
{
    private const string Cause = "Trong khi đó, đội ngũ làm dân vận các cấp có nhiều thay đổi về nhân sự sau đại hội.";
    private const string Consequence = "Do đó, năm 2016, Ban Dân vận Tỉnh ủy đặc biệt chú trọng công tác tập huấn cho cán bộ dân vận.";
    private const string Opening = "Sáng 1/11, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận.";
    private const string Purpose = "Qua công tác bồi dưỡng nhằm góp phần tạo chuyển biến rõ nét về nhận thức, nhất là kỹ năng tham mưu, đề xuất.";
    private const string Result = "Nhận thức về công tác dân vận của các cấp ủy, chính quyền có chuyển biến tích cực.";

    // The sentence before one opening with "Do đó" gives its reason; the "Do đó" sentence itself states a consequence.
    [Theory]
    [InlineData("Vì sao năm 2016 Bình Phước chú trọng tập huấn cho cán bộ dân vận?")]
    [InlineData("tai sao nam 2016 binh phuoc lai chu trong tap huan cho can bo dan van")]
    public void KindsMetBy_ReasonAsked_MetByTheSentenceBeforeAConsequence(string question)
    {
        var expectation = For(question);

        Assert.True(expectation.IsSpecific);
        Assert.NotEqual(0, expectation.KindsMetBy(Cause, Consequence));
        Assert.Equal(0, expectation.KindsMetBy(Cause, Opening));
        Assert.Equal(0, expectation.KindsMetBy(Consequence, Opening));
        Assert.Equal(0, expectation.KindsMetBy(Opening, null));
        Assert.NotEqual(0, expectation.KindsMetBy("Lớp học chuyển sang trực tuyến vì dịch COVID-19.", null)); // a cause stated in the sentence
        Assert.NotEqual(0, expectation.KindsMetBy("Nhiều cán bộ mới nhận nhiệm vụ, vì vậy tỉnh mở lớp tập huấn.", null)); // its reason before "vì vậy"
    }

    [Theory]
    [InlineData("Mở lớp bồi dưỡng như vậy là để đạt được điều gì?")]
    [InlineData("lop boi duong nay de lam gi")]
    [InlineData("Lớp bồi dưỡng nhằm mục đích gì?")]
    [InlineData("Theo ông trưởng ban, mở lớp bồi dưỡng này rốt cuộc nhắm tới cái đích gì?")] // the goal in everyday words
    public void KindsMetBy_PurposeAsked_MetByAPurposeNotTheOpening(string question)
    {
        var expectation = For(question);

        Assert.True(expectation.IsMetBy(Purpose));
        Assert.False(expectation.IsMetBy(Opening));
    }

    [Theory]
    [InlineData("Những năm qua dân vận ở Cà Mau làm được những gì?")]
    [InlineData("Công tác dân vận ở Cà Mau kết quả ra sao?")]
    public void KindsMetBy_ResultAsked_MetByAResultNotTheOpening(string question)
    {
        var expectation = For(question);

        Assert.True(expectation.IsMetBy(Result));
        Assert.False(expectation.IsMetBy(Opening));
        Assert.False(expectation.IsMetBy(Purpose)); // "chuyển biến" hoped for
        Assert.False(expectation.IsMetBy("Lớp học nhằm nâng cao kết quả thực hiện công tác dân vận.")); // a result hoped for
    }

    // A question asking something more specific keeps that: a target asked is a count, not a purpose.
    [Fact]
    public void IsMetBy_CountAskedBesidePurposeWords_WantsTheCount() =>
        Assert.False(For("Mục đích của lớp là đào tạo bao nhiêu học viên?").IsMetBy(Purpose));

    // The act a reason is asked of is named by the asker's clause: what a later clause adds ("cần sửa") is not it.
    [Fact]
    public void HoldsFocus_ReasonAsked_HangsOnTheAskersClause()
    {
        var expectation = For("vi sao ha nam can trang bi ky nang cho can bo cong chuc, hien dang co tinh trang gi can sua");

        Assert.True(expectation.HoldsFocus(Tokenizer.Tokenize("Đây là nội dung cần thiết với cán bộ, công chức, góp phần khắc phục tình trạng nặng về mệnh lệnh.")));
        Assert.False(expectation.HoldsFocus(Tokenizer.Tokenize("Lớp học có 230 học viên là lãnh đạo các huyện.")));
    }

    // The act a reason is asked of, ending with a word the lexicon knows others for ("online"), is met by them ("trực tuyến").
    [Theory]
    [InlineData("Lớp do những cơ quan nào bắt tay tổ chức, và sao lại phải học vừa trực tiếp vừa online?")]
    [InlineData("vi sao lop phai hoc vua truc tiep vua online")]
    public void HoldsFocus_ReasonAskedOfAWordWithSynonyms_MetByThem(string question)
    {
        var expectation = For(question);

        Assert.True(expectation.HoldsFocus(Tokenizer.Tokenize("Do tình hình dịch COVID-19, lớp học được tổ chức kết hợp trực tiếp và trực tuyến.")));
        Assert.False(expectation.HoldsFocus(Tokenizer.Tokenize("Lớp học có 140 học viên học tập trung tại hội trường.")));
    }

    // A section headed by the purpose states it in each of its sentences; another heading, or another kind asked, does not.
    [Fact]
    public void MotiveStatedBy_HeadingStatingThePurpose_IsMet()
    {
        var purpose = For("Quy chế được ban hành nhằm mục đích gì?");

        Assert.NotEqual(0, purpose.MotiveStatedBy("Điều 2. Mục đích, yêu cầu"));
        Assert.Equal(0, purpose.MotiveStatedBy("Điều 3. Trách nhiệm của cán bộ, công chức"));
        Assert.Equal(0, purpose.MotiveStatedBy(null));
        Assert.Equal(0, For("Quy chế có bao nhiêu điều?").MotiveStatedBy("Điều 2. Mục đích, yêu cầu"));
    }

    [Fact]
    public void LocalFile_AddsReasonWordsWithoutCode()
    {
        using var directory = new TempDirectory();
        var path = directory.File("lexicon.local.json");
        File.WriteAllText(path, """{ "reasons": { "consequenceOpeners": ["hệ quả là"], "purposeAskers": ["phục vụ việc gì"], "purposeMarkers": ["phục vụ cho"] } }""");
        var local = QuestionLexicon.Load(path);
        const string Next = "Hệ quả là tỉnh mở lớp tập huấn.";
        const string Serves = "Lớp học phục vụ cho việc triển khai nghị quyết.";

        Assert.Equal(0, For("Vì sao tỉnh mở lớp tập huấn?").KindsMetBy(Cause, Next));
        Assert.NotEqual(0, For("Vì sao tỉnh mở lớp tập huấn?", local).KindsMetBy(Cause, Next));
        Assert.True(For("Lớp học phục vụ việc gì?").IsMetBy(Opening)); // asks nothing specific
        Assert.False(For("Lớp học phục vụ việc gì?", local).IsMetBy(Opening));
        Assert.True(For("Lớp học phục vụ việc gì?", local).IsMetBy(Serves));
    }

    private const string Online = "Do tình hình dịch COVID-19, lớp học được tổ chức kết hợp trực tiếp và trực tuyến, với 140 học viên tại hội trường.";
    private const string Request = "Để góp phần phòng ngừa, giải quyết điểm nóng, đồng chí Phó Trưởng ban đề nghị các sở quan tâm chỉ đạo tuyên truyền.";

    // A reason is bound to what it is asked of: the asked predicate's words stand in the statement the marker attaches to,
    // not in the reason's own clause nor only elsewhere in the sentence.
    [Theory]
    [InlineData("Vì sao lớp học ở Đắk Nông tổ chức trực tuyến?", Online, true)]
    [InlineData("vi sao lop hoc o Dak Nong to chuc truc tuyen", Online, true)]
    [InlineData("Vì sao Đắk Nông mời Ban Tôn giáo cùng mở lớp?", Online, false)]
    [InlineData("Vì sao đồng chí Phó Trưởng ban đề nghị các sở quan tâm chỉ đạo?", Request, true)]
    [InlineData("Vì sao lớp học chỉ có một chuyên đề về điểm nóng?", Request, false)] // điểm nóng is the purpose's own word
    [InlineData("Vì sao lớp học có chuyên đề của Ban Vì sự tiến bộ phụ nữ?", "Lớp học có chuyên đề của Ban Vì sự tiến bộ phụ nữ.", false)] // "Vì" of a name
    public void BindsReason_PredicateInTheStatementTheReasonAttachesTo(string question, string sentence, bool bound) =>
        Assert.Equal(bound, For(question).BindsReason(sentence, null));

    [Fact]
    public void BindsReason_ConsequenceOpener_BindsTheSentenceBeforeToTheConsequence()
    {
        Assert.True(For("Vì sao năm 2016 Bình Phước chú trọng tập huấn cho cán bộ dân vận?").BindsReason(Cause, Consequence));
        Assert.False(For("Vì sao năm 2016 Bình Phước mời Học viện Chính trị khu vực II?").BindsReason(Cause, Consequence));
    }

    // "sao … lại" asks a reason with the subject between its words; "ra sao" asks none.
    [Theory]
    [InlineData("Sao Bình Phước lại chú trọng tập huấn cho cán bộ dân vận?", true)]
    [InlineData("sao nam 2016 binh phuoc lai chu trong tap huan", true)]
    [InlineData("Lớp học ở Bình Phước diễn ra sao?", false)]
    public void AsksReason_SpannedAsker(string question, bool asked) =>
        Assert.Equal(asked, For(question).AsksReason);
}
