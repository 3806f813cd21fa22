using DanVan.Core.Answering;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Answering;

public sealed class AnswerExpectationTests
{
    private static AnswerExpectation For(string question) =>
        AnswerExpectation.For(question, QueryBuilder.Build(question, Vocabulary.Empty).Kind);

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
    [InlineData("Có bao nhiêu học viên?", "Trong những ngày (20 – 22/10), các học viên được nghe chuyên đề.")] // a date is not a count
    public void IsMetBy_SentenceWithoutThatCount_IsNotMet(string question, string sentence) =>
        Assert.False(For(question).IsMetBy(sentence));

    [Fact]
    public void IsMetBy_TimeQuestion_NeedsADateOrAPeriod()
    {
        var expectation = For("Lớp học khai mạc vào ngày nào?");
        Assert.True(expectation.IsMetBy("Sáng 1/11, lớp học khai mạc."));
        Assert.True(For("Khối dân vận họp bao lâu một lần?").IsMetBy("Khối dân vận họp định kỳ hằng quý."));
        Assert.False(expectation.IsMetBy("Lớp học khai mạc trọng thể tại hội trường."));
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

    [Fact]
    public void IsMetBy_GeneralQuestion_AnySentence()
    {
        var expectation = For("Lớp học có những chuyên đề gì?");
        Assert.False(expectation.IsSpecific);
        Assert.True(expectation.IsMetBy("Học viên được nghe chuyên đề về dân vận chính quyền."));
    }
}
