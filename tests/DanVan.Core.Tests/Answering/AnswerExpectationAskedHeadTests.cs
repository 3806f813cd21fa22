using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;
using DanVan.Core.Tests.Support;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// The asked head — the noun phrase a question's interrogative is bound to — read from the question's syllables with
/// the lexicon's words, and the evidence it needs: a person noun asks a person, a time noun a time, a noun of a known
/// class an instance of that class the window states; a superlative after the interrogative asks a ranking the window states.
/// </summary>
public sealed class AnswerExpectationAskedHeadTests : IClassFixture<KnowledgeFixture>
{
    private readonly ExtractiveAnswerComposer _composer;

    public AnswerExpectationAskedHeadTests(KnowledgeFixture fixture) => _composer = fixture.Services.Get<ExtractiveAnswerComposer>();

    [Theory]
    [InlineData("Trong 8 điểm cầu ở Đắk Nông thì điểm cầu nào đông học viên nhất?", "diem cau (thing)")]
    [InlineData("trong 8 diem cau o Dak Nong thi diem cau nao dong hoc vien nhat", "diem cau (thing)")]
    [InlineData("Lớp Cà Mau mời giảng viên nào dạy chuyên đề Dân vận khéo?", "giang vien (person)")]
    [InlineData("Lop Ca Mau moi giang vien nao day chuyen de Dan van kheo", "giang vien (person)")]
    [InlineData("Đề án của Tỉnh ủy được thực hiện trong giai đoạn nào?", "giai doan (time)")]
    [InlineData("de an cua tinh uy thuc hien trong giai doan nao", "giai doan (time)")]
    [InlineData("Bình Phước bắt tay với trường nào để mở lớp?", "truong (thing)")]
    [InlineData("binh phuoc bat tay voi truong nao de mo lop", "truong (thing)")]
    [InlineData("Lớp Nghệ An học những chuyên đề gì?", "chuyen de (thing)")]
    [InlineData("Học viên nào đạt điểm cao nhất?", "hoc vien (person)")]
    [InlineData("nghe an 2013 vi lanh dao nao cua tinh toi du khai giang", "lanh dao (person)")] // a role
    [InlineData("Lop Ca Mau moi giang vien nao day chuyen de", "giang vien (person)")] // "nào dạy" typed without diacritics is no "nào đấy"
    [InlineData("Mô hình giữ gìn bản sắc văn hóa của những dân tộc nào?", "dan toc (thing)")]
    public void AskedHeadsOf_InterrogativeAfterAKnownNoun_ReadsItsHead(string question, string head) =>
        Assert.Equal(head, Heads(question));

    [Theory]
    [InlineData("hoc vien nao dat diem cao nhat")] // typed without diacritics: a person (học viên) or an academy (Học viện)
    [InlineData("Lớp học ở tỉnh nào?")] // a cue of the lexicon reads it (a place)
    [InlineData("Lớp khai giảng ngày nào?")]
    [InlineData("Quy chế số 05 quy định những gì?")] // no noun before the interrogative
    [InlineData("Hội nghị có nội dung gì?")] // a vague head
    [InlineData("Phong trào thi đua nào được phát động?")] // a noun the lexicon does not know
    [InlineData("Lớp nào có 230 học viên?")] // a course: the document about it tells which
    [InlineData("ong con kiem truong ban chi dao nao")] // "đạo" ends "chỉ đạo"
    [InlineData("Hình như ông còn làm trưởng ban gì đó nữa.")] // "gì đó" asks nothing
    [InlineData("Điểm b khoản 2 Điều 5 quy chế dân vận xã Phước Thịnh quy định gì?")] // a verb after its subject
    public void AskedHeadsOf_NoKnownHead_ReadsNone(string question) =>
        Assert.Equal(string.Empty, Heads(question));

    [Fact]
    public void For_PersonHead_AsksAPerson_TimeHead_AsksATime()
    {
        Assert.False(For("Lớp Cà Mau mời giảng viên nào dạy chuyên đề Dân vận khéo?").IsMetBy("Lớp học có 120 học viên, học trong 3 ngày."));
        Assert.True(For("Lớp Cà Mau mời giảng viên nào dạy chuyên đề Dân vận khéo?").IsMetBy("Giảng viên là TS. Lê Quang Vinh, Học viện Chính trị khu vực III."));
        Assert.False(For("Đề án được thực hiện trong giai đoạn nào?").IsMetBy("Đề án do Tỉnh ủy ban hành."));
        Assert.True(For("Đề án được thực hiện trong giai đoạn nào?").IsMetBy("Đề án được thực hiện trong giai đoạn 2021 – 2025."));
    }

    [Theory]
    [InlineData("Trong 8 điểm cầu ở Đắk Nông thì điểm cầu nào đông học viên nhất?", "Điểm cầu huyện Krông Nô có đông học viên.", true)]
    [InlineData("Trong 8 điểm cầu ở Đắk Nông thì điểm cầu nào đông học viên nhất?", "Gần 300 học viên theo dõi qua 8 điểm cầu các huyện.", false)] // a count, no instance
    [InlineData("binh phuoc bat tay voi truong nao de mo lop", "Ban Dân vận Tỉnh ủy phối hợp với Học viện Chính trị khu vực II mở lớp.", true)] // another noun of its class, named
    [InlineData("Bình Phước bắt tay với trường nào để mở lớp?", "Lớp học diễn ra tại trường.", false)]
    [InlineData("Lớp Nghệ An học những chuyên đề gì?", "Lớp học có 4 chuyên đề: Công tác dân vận trong tình hình mới; Dân vận khéo.", true)] // a list
    [InlineData("Lớp Nghệ An học những chuyên đề gì?", "Học viên được học nhiều nội dung quan trọng.", false)]
    [InlineData("Hội nghị có nội dung gì?", "Học viên được học nhiều nội dung quan trọng.", true)] // no head asked
    [InlineData("Mô hình giữ gìn bản sắc văn hóa của những dân tộc nào?", "Các mô hình giữ gìn bản sắc văn hóa của đồng bào Tày, Dao, Cao Lan.", true)] // another name
    [InlineData("Lớp có bao nhiêu chuyên đề, mô hình giữ bản sắc của những dân tộc nào?", "Lớp học có 5 chuyên đề.", true)] // another ask's fact
    [InlineData("Lớp có bao nhiêu chuyên đề, mô hình giữ bản sắc của những dân tộc nào?", "Lớp học có nhiều chuyên đề.", false)]
    public void HoldsAskedHeads_ThingAsked_NeedsAnInstanceOfIt(string question, string sentence, bool held) =>
        Assert.Equal(held, For(question).HoldsAskedHeads([sentence]));

    [Theory]
    [InlineData("Trong các lớp tập huấn thì lớp nào được đánh giá tốt nhất?", true)]
    [InlineData("trong cac lop tap huan thi lop nao duoc danh gia tot nhat", true)]
    [InlineData("Bài kiểm tra có bao nhiêu câu, ai điểm cao nhất?", true)]
    [InlineData("Tỉnh nào làm phong trào Dân vận khéo dẫn đầu cả nước?", true)]
    [InlineData("Hội nghị lớn nhất của Bình Phước quán triệt văn bản nào?", false)] // the superlative describes what is asked of
    [InlineData("Mỗi xã phải có ít nhất mấy mô hình?", false)] // lexicalised
    [InlineData("Lãnh đạo cao nhất của Ban Dân vận tỉnh là ai?", false)] // a role
    [InlineData("Hạn chậm nhất nộp báo cáo là ngày nào?", false)] // a cue
    [InlineData("Các đại biểu có thống nhất với nghị quyết nào?", false)]
    [InlineData("Ban tổ chức khen bao nhiêu người có bài thu hoạch tốt nhất?", false)] // narrows what is counted
    [InlineData("dan toc thieu so nao dong nhat o Dak Nong", true)] // typed without diacritics
    [InlineData("Lớp năm 2023 có phải đông nhất không?", true)] // a yes/no clause
    [InlineData("Hội nghị lớn nhất năm 2016 có quán triệt Chỉ thị 16 không?", false)]
    public void AsksRanking_SuperlativeAfterTheInterrogative(string question, bool asked) =>
        Assert.Equal(asked, For(question).AsksRanking);

    [Theory]
    [InlineData("Đây là lớp tập huấn có quy mô lớn nhất từ trước tới nay.", true)]
    [InlineData("Huyện Chiêm Hóa dẫn đầu toàn tỉnh về số mô hình.", true)]
    [InlineData("Các đại biểu thống nhất cao với dự thảo.", false)]
    [InlineData("Mỗi xã có ít nhất 3 mô hình, nhất là ở vùng sâu.", false)]
    [InlineData("Lớp học có 230 học viên, 100% đạt yêu cầu.", false)]
    [InlineData("Học viên được cập nhật kịp thời nội dung mới.", false)] // "nhật" is no "nhất"
    [InlineData("Lớp học trang bị kỹ năng cho cán bộ, nhất là người đứng đầu.", false)] // a role, not a ranking
    public void HoldsRanking_RankingAsked_NeedsTheWindowToStateOne(string sentence, bool held) =>
        Assert.Equal(held, For("Lớp nào được đánh giá tốt nhất?").HoldsRanking([sentence]));

    // A comparison asked alone needs a window comparing on that quality, not one naming both things or ranking another.
    [Theory]
    [InlineData("Đợt tập huấn năm 2016 thành công hơn hẳn đợt năm 2015.", true)]
    [InlineData("Đợt 2 được học viên đánh giá là thành công nhất.", true)]
    [InlineData("Đây là hội nghị tập huấn có quy mô lớn nhất từ trước đến nay.", false)]
    [InlineData("Đợt 1 có gần 250 học viên, đợt 2 có 170 học viên, hơn 400 cán bộ cấp huyện.", false)] // "hơn" before a number counts
    public void HoldsRanking_ComparisonAsked_NeedsTheQualityCompared(string sentence, bool held)
    {
        Assert.True(For("Đợt 1 có thành công hơn đợt 2 không?").HoldsRanking([sentence]) == held);
        Assert.True(For("dot 1 co thanh cong hon dot 2 khong").HoldsRanking([sentence]) == held);
    }

    [Theory]
    [InlineData("Có hơn 800 cán bộ được tập huấn không?")] // a number, no comparison
    [InlineData("Lớp học có thành công không?")]
    public void HoldsRanking_NoComparisonAsked_HoldsAnyWindow(string question) =>
        Assert.True(For(question).HoldsRanking(["Đây là hội nghị tập huấn có quy mô lớn nhất từ trước đến nay."]));

    [Fact]
    public void HoldsRanking_NoRankingAsked_HoldsAnyWindow() =>
        Assert.True(For("Lớp học có bao nhiêu học viên?").HoldsRanking(["Lớp học có 230 học viên."]));

    private static RetrievedPassage Passage(string text) =>
        new(1, 1, 0, "Lớp bồi dưỡng công tác dân vận vùng đồng bào dân tộc thiểu số năm 2021", null, text, "test.md", "Báo Đắk Nông", new DateOnly(2021, 10, 20), "Đắk Nông", 1.0);

    private const string Course =
        "Sáng 20/10, tại thành phố Gia Nghĩa, Ban Dân vận Tỉnh ủy Đắk Nông khai mạc lớp bồi dưỡng công tác dân vận năm 2021. " +
        "Do tình hình dịch COVID-19, lớp học được tổ chức kết hợp trực tiếp và trực tuyến, với 140 học viên tại hội trường và gần 300 học viên theo dõi qua 8 điểm cầu các huyện.";

    // The materials count the linked sites but rank none: the ranking asked is related material, the count asked is answered.
    [Theory]
    [InlineData("Lớp bồi dưỡng ở Đắk Nông năm 2021 có bao nhiêu điểm cầu?", true)]
    [InlineData("Lớp bồi dưỡng ở Đắk Nông năm 2021 thì điểm cầu nào đông học viên nhất?", false)]
    [InlineData("lop boi duong o Dak Nong nam 2021 thi diem cau nao dong hoc vien nhat", false)]
    public async Task ComposeAsync_RankingOrInstanceTheMaterialsDoNotState_IsNotAnswered(string question, bool answered)
    {
        var answer = await _composer.ComposeAsync(question, [Passage(Course)]);

        Assert.Equal(answered, answer.Outcome == AnswerOutcome.Answered);
    }

    // A lecturer asked is answered by the sentence naming one, not by the course's opening.
    [Theory]
    [InlineData("Báo cáo viên là TS. Lê Quang Vinh, giảng viên Học viện Chính trị khu vực III.", true)]
    [InlineData("Đồng chí Điểu Thị Hảo, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp bồi dưỡng.", false)]
    public async Task ComposeAsync_PersonHead_NeedsThePersonOfThatRole(string sentence, bool answered)
    {
        var answer = await _composer.ComposeAsync("Lớp bồi dưỡng ở Đắk Nông năm 2021 mời giảng viên nào?", [Passage(Course + " " + sentence)]);

        Assert.Equal(answered, answer.Outcome == AnswerOutcome.Answered);
    }
}
