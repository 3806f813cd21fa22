using DanVan.Core.Answering;
using DanVan.Core.Retrieval;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>An enumeration asked ("những chuyên đề nào", "kể tên các …") prefers the sentence that lists the thing asked.</summary>
public sealed class AnswerExpectationListTests
{
    [Theory]
    [InlineData("Lớp tập huấn có những chuyên đề nào?")]
    [InlineData("lop hoc co nhung chuyen de nao")]
    [InlineData("Kể tên các chuyên đề của lớp học")]
    [InlineData("Học viên được học các nội dung chính gì?")]
    [InlineData("Kể ra chuyên đề của khóa bồi dưỡng ở Đắk Nông năm 2021")] // the thing listed right after the asker
    public void AsksList_ListFrameOrAsker_IsTrue(string question) => Assert.True(For(question).AsksList);

    [Theory]
    [InlineData("Ai khai mạc lớp tập huấn?")]
    [InlineData("Lớp học kéo dài mấy ngày?")]
    [InlineData("Các học viên đến từ đâu?")] // "các" with no closer nor asker
    [InlineData("Dân vận khéo là gì?")]
    public void AsksList_OtherQuestions_IsFalse(string question) => Assert.False(For(question).AsksList);

    [Theory]
    [InlineData("Lớp học có những chuyên đề nào?", "Lớp tập huấn diễn ra trong 2 ngày với 4 chuyên đề: Phương pháp xây dựng mô hình; Kỹ năng viết báo cáo; Kinh nghiệm vận động.")]
    [InlineData("Kể tên các chuyên đề của lớp", "Học viên được truyền đạt các chuyên đề: Nội dung mới về công tác dân vận, kỹ năng vận động, phương pháp tuyên truyền.")]
    [InlineData("Lớp học có những chuyên đề nào?", "Học viên được nghe các chủ đề: công tác dân vận; dân vận chính quyền.")] // the listed thing by a synonym
    [InlineData("Phương châm của Đại hội XIII gồm những gì?", "Đại hội thực hiện phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra”.")] // a quoted list; nothing listed named
    [InlineData("Lớp học có những phương châm nào?", "Lớp học quán triệt phương châm “Dân biết, dân bàn, dân làm”.")] // a quotation led in by the thing listed
    [InlineData("khoa boi duong o nghe an nam 2013 hoc nhung van de gi", "Các học viên sẽ được tập huấn các chuyên đề: Triển khai Nghị định 60/CP; công tác dân vận; phòng chống ma túy.")] // another word for what a course teaches
    [InlineData("Kể ra chuyên đề của khóa bồi dưỡng năm 2021", "Các học viên được nghiên cứu 4 chuyên đề: Quan điểm của Đảng; Luật Tín ngưỡng, tôn giáo; Kỹ năng vận động.")]
    [InlineData("Học viên được học các mảng kiến thức nào?", "Học viên được học nhiều nội dung quan trọng về: công tác dân vận; dân vận chính quyền; dân vận khéo.")]
    public void Enumerates_ListOfWhatIsAsked_IsTrue(string question, string sentence) => Assert.True(For(question).Enumerates(sentence));

    [Theory]
    [InlineData("Mô hình tốt phải đạt những yêu cầu gì?", "Một mô hình cần trả lời được ba câu hỏi: giải quyết vấn đề gì, ai là chủ thể, người dân hưởng lợi gì.")] // another thing listed
    [InlineData("Lớp học có những chuyên đề nào?", "Đồng chí Trưởng ban nhấn mạnh: các chuyên đề rất thiết thực, bổ ích, cần vận dụng.")] // what someone said
    [InlineData("Lớp học có những chuyên đề nào?", "Lớp học có 4 chuyên đề về công tác dân vận, dân vận chính quyền, dân vận khéo.")] // no colon
    [InlineData("Lớp học có những chuyên đề nào?", "Các chuyên đề: công tác dân vận.")] // one item
    [InlineData("Ai khai mạc lớp học?", "Lớp học có các chuyên đề: công tác dân vận; dân vận khéo.")] // no list asked
    [InlineData("Lớp học có những chuyên đề nào?", "Đồng chí Trưởng ban nói “các bài giảng rất thiết thực, bổ ích, cần vận dụng”.")] // a quotation led in by another thing
    [InlineData("Lớp học có những phương châm nào?", "Các học viên được tập huấn các chuyên đề: công tác dân vận; dân vận chính quyền; dân vận khéo.")] // a list of topics is no list of mottos
    public void Enumerates_OtherSentences_IsFalse(string question, string sentence) => Assert.False(For(question).Enumerates(sentence));
    private const string CaMauTopics = "Lớp bồi dưỡng diễn ra từ ngày 1 đến ngày 3/11, các học viên được nghiên cứu, học tập nhiều nội dung quan trọng về: Công tác dân vận trong tình hình mới; Dân vận khéo và nghiệp vụ dân vận.";

    [Theory]
    [InlineData("Liệt kê giúp em vài nội dung người đi học được nghiên cứu")] // an asker, nothing listed named by an opener
    [InlineData("nho bot liet ke giup cac mang kien thuc hoc vien duoc hoc")] // what is listed named otherwise than the sentence's lead-in
    public void EnumerationStart_IsWhereTheItemsBegin(string question) =>
        Assert.Equal(CaMauTopics.IndexOf("Công tác", StringComparison.Ordinal), For(question).EnumerationStart(CaMauTopics));

    [Theory]
    [InlineData("Liệt kê giúp em vài nội dung người đi học được nghiên cứu", true)]
    [InlineData("Lớp học có những chuyên đề nào?", true)]
    [InlineData("Lớp học ở Cà Mau kéo dài mấy ngày?", false)]
    public void AsksEnumeration_ListAskerOrFrame(string question, bool asks) => Assert.Equal(asks, For(question).AsksEnumeration);

    [Fact]
    public void EnumerationStart_SentenceWithoutEnumeration_IsNone() =>
        Assert.Equal(-1, For("Kể tên các chuyên đề của lớp").EnumerationStart("Lớp học có 4 chuyên đề về công tác dân vận."));
}
