using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// The type of evidence a question asks beyond its kind of fact (the lexicon's askedHeads.evidence): a frequency, an
/// evaluation (by whom the question names), a reward (a time of day is the Time kind's clock reading); and the members of a set the question counts. A
/// window holding the question's words but no statement of that type is related material.
/// </summary>
public sealed class AnswerExpectationAskedEvidenceTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public AnswerExpectationAskedEvidenceTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    private static string Evidence(string question) =>
        string.Join("; ", AnswerExpectation.AskedEvidenceOf(VietnameseText.Normalize(question), QuestionLexicon.Default));

    [Theory]
    [InlineData("Tổ dân vận thôn bao lâu họp một lần?", "frequency")]
    [InlineData("to dan van thon bao lau thi hop 1 lan", "frequency")]
    [InlineData("Đảng ủy xã mấy năm tổng kết Quy chế một lần?", "frequency")]
    [InlineData("Khối dân vận xã có thường xuyên họp không?", "frequency")]
    [InlineData("Học viên đánh giá lớp bồi dưỡng như thế nào?", "evaluation by hoc vien")]
    [InlineData("hoc vien danh gia lop boi duong ra sao", "evaluation by hoc vien")]
    [InlineData("Phó Trưởng ban Dân vận nhận xét gì về kiến thức được truyền đạt?", "evaluation")]
    [InlineData("Học viên có bài thu hoạch xuất sắc được nhận phần thưởng gì?", "reward")]
    [InlineData("hoc vien co bai thu hoach xuat sac duoc thuong gi", "reward")]
    public void AskedEvidenceOf_CueOfAType_ReadsIt(string question, string read) =>
        Assert.Equal(read, Evidence(question));

    [Theory]
    [InlineData("Chủ tịch UBND xã phải đối thoại với nhân dân mấy lần trong năm?")] // a count of occasions
    [InlineData("Lớp bồi dưỡng kéo dài bao lâu?")] // a duration
    [InlineData("Có bao nhiêu học viên được khen thưởng?")] // a count of those commended
    [InlineData("Ủy ban MTTQ xã lấy ý kiến nhân dân vào lúc nào?")] // "ý kiến" asked no opinion
    [InlineData("Hội nghị lớn nhất từ trước tới giờ của tỉnh có bao nhiêu đại biểu?")] // "giờ" of "tới giờ"
    [InlineData("Học viên được đánh giá thế nào khi kết thúc lớp?")] // how they fared: their results may say it
    public void AskedEvidenceOf_NoCue_ReadsNone(string question) =>
        Assert.Equal(string.Empty, Evidence(question));

    [Theory]
    [InlineData("Tổ dân vận thôn gồm Bí thư chi bộ (Tổ trưởng), Trưởng thôn và chi hội trưởng các đoàn thể; họp 2 tháng một lần.", true)]
    [InlineData("Khối dân vận xã họp định kỳ mỗi quý một lần.", true)]
    [InlineData("Chủ tịch UBND xã tiếp công dân 02 lần trong tháng.", true)]
    [InlineData("Chiều 9/5, Ban Dân vận Tỉnh ủy tổ chức lớp bồi dưỡng nghiệp vụ năm 2019.", false)] // one occasion, dated
    [InlineData("Tổ dân vận thôn do Bí thư chi bộ làm Tổ trưởng.", false)]
    public void HoldsAskedEvidence_FrequencyAsked_NeedsAFrequencyStated(string sentence, bool held) =>
        Assert.Equal(held, For("Tổ dân vận thôn bao lâu họp một lần?").HoldsAskedEvidence([sentence]));

    [Theory]
    [InlineData("Nhiều học viên cho rằng lớp học rất bổ ích, thiết thực.", true)]
    [InlineData("Đồng chí Nguyễn Thị Hồng Hạnh, Phó Trưởng ban Dân vận Tỉnh ủy khẳng định đây là những kiến thức hết sức quý báu.", false)] // not the learners'
    [InlineData("Lớp học có 230 học viên, học trong 3 ngày.", false)] // no evaluation
    [InlineData("Cuối lớp, 230 học viên làm bài kiểm tra trắc nghiệm, 100% đạt yêu cầu.", false)] // a result, not their judgement
    public void HoldsAskedEvidence_EvaluationByTheLearners_NeedsTheirs(string sentence, bool held) =>
        Assert.Equal(held, For("Học viên đánh giá lớp bồi dưỡng ra sao?").HoldsAskedEvidence([sentence]));

    [Theory]
    [InlineData("Đồng chí Nguyễn Thị Hồng Hạnh, Phó Trưởng ban Dân vận Tỉnh ủy khẳng định đây là những kiến thức hết sức quý báu.", true)]
    [InlineData("Lớp bồi dưỡng diễn ra trong 2 ngày tại Hội trường Tỉnh ủy.", false)]
    public void HoldsAskedEvidence_EvaluationOfNoHolder_NeedsAnEvaluation(string sentence, bool held) =>
        Assert.Equal(held, For("Phó Trưởng ban Dân vận nhận xét gì về kiến thức được truyền đạt?").HoldsAskedEvidence([sentence]));

    [Theory]
    [InlineData("Ban tổ chức đã trao giấy khen cho 27 học viên có bài thu hoạch xuất sắc.", true)]
    [InlineData("Ban tổ chức đã khen thưởng 27 học viên có bài thu hoạch xuất sắc.", false)] // commended, the reward unsaid
    public void HoldsAskedEvidence_RewardAsked_NeedsTheReward(string sentence, bool held) =>
        Assert.Equal(held, For("Học viên có bài thu hoạch xuất sắc được nhận phần thưởng gì?").HoldsAskedEvidence([sentence]));

    [Fact]
    public void HoldsAskedEvidence_AnotherAskMet_OrNothingAsked_Holds()
    {
        // "ai" is asked too and the sentence names who: the frequency is then answered or noted apart.
        Assert.True(For("Tổ dân vận thôn do ai làm tổ trưởng, bao lâu họp một lần?").HoldsAskedEvidence(["Tổ dân vận thôn do đồng chí Nguyễn Văn An, Bí thư chi bộ làm Tổ trưởng."]));
        // The time "bao lâu" is read as too is what the frequency narrows: a date does not meet it.
        Assert.False(For("Tổ dân vận thôn bao lâu họp một lần?").HoldsAskedEvidence(["Ngày 9/5, tổ dân vận thôn họp."]));
        Assert.True(For("Lớp học có bao nhiêu học viên?").HoldsAskedEvidence(["Lớp học có 230 học viên."]));
    }

    [Theory]
    [InlineData("Chuyên đề nêu 8 bài học kinh nghiệm về phòng ngừa điểm nóng, đó là những bài học nào?", "bai hoc (thing)")]
    [InlineData("chuyen de neu 8 bai hoc kinh nghiem, gom nhung bai hoc nao", "bai hoc (thing)")]
    [InlineData("Chuyên đề nêu những bài học nào?", "")] // no count stated: a noun the lexicon does not know
    [InlineData("Chuyên đề nêu 7 giải pháp, đó là những giải pháp nào?", "")] // a vague head
    [InlineData("o Nghe An nam 2013 hoc vien duoc hoc gi ve dan chu co so", "")] // a year, and one syllable: "học" is a verb
    public void AskedHeadsOf_SetTheQuestionCounts_AsksItsMembers(string question, string head) =>
        Assert.Equal(head, Heads(question));

    [Theory]
    [InlineData("Chuyên đề nêu và phân tích 7 giải pháp phòng ngừa điểm nóng và 8 bài học kinh nghiệm về phòng ngừa điểm nóng.", false)] // only their number
    [InlineData("8 bài học kinh nghiệm gồm: nắm chắc tình hình nhân dân; giải quyết kịp thời kiến nghị chính đáng của dân.", true)]
    [InlineData("Chuyên đề nêu kinh nghiệm: nắm chắc tình hình nhân dân; giải quyết kịp thời kiến nghị chính đáng của dân.", true)] // never counted: the asker's own word
    public void HoldsAskedHeads_CountedSetAsked_NeedsItsMembersListed(string sentence, bool held) =>
        Assert.Equal(held, For("Chuyên đề nêu 8 bài học kinh nghiệm, đó là những bài học nào?").HoldsAskedHeads([sentence]));

    private static RetrievedPassage Passage(string text) =>
        new(1, 1, 0, "Quy chế công tác dân vận xã Phước Thịnh", null, text, "test.md", "Đảng ủy xã Phước Thịnh", new DateOnly(2023, 6, 1), "Bình Phước", 1.0);

    private const string Rules =
        "Khối dân vận xã do Phó Bí thư Thường trực Đảng ủy làm Trưởng khối. " +
        "Chiều 9/5/2023, Đảng ủy xã Phước Thịnh tổ chức hội nghị triển khai Quy chế công tác dân vận cho cán bộ các thôn.";

    // The materials date one conference but state no frequency: when it was held is answered, how often is related material.
    [Theory]
    [InlineData("Xã Phước Thịnh tổ chức hội nghị triển khai Quy chế công tác dân vận vào ngày nào?", true)]
    [InlineData("Xã Phước Thịnh bao lâu tổ chức hội nghị triển khai Quy chế công tác dân vận một lần?", false)]
    [InlineData("xa phuoc thinh bao lau to chuc hoi nghi trien khai quy che cong tac dan van mot lan", false)]
    public async Task ComposeAsync_FrequencyTheMaterialsDoNotState_IsNotAnswered(string question, bool answered)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Rules)]);

        Assert.Equal(answered, answer.Outcome == AnswerOutcome.Answered);
    }

    [Fact]
    public async Task ComposeAsync_UnderDecisionTrace_NamesTheEvidenceCheck()
    {
        IReadOnlyList<string> lines;
        using (DecisionTrace.Begin(out lines))
        {
            await _composer.ComposeAsync("Xã Phước Thịnh bao lâu tổ chức hội nghị triển khai Quy chế công tác dân vận một lần?", [Passage(Rules)]);
        }

        Assert.Contains(lines, l => l.StartsWith("read as", StringComparison.Ordinal) && l.Contains("evidence [frequency]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("set aside (evidence)", StringComparison.Ordinal));
    }
}
