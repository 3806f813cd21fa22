using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

public sealed class DocumentYearsTests
{
    [Theory]
    [InlineData("Báo cáo viên truyền đạt 3 chuyên đề: Những nội dung cơ bản của Luật Thực hiện dân chủ ở cơ sở năm 2022 và Nghị định 59/2023/NĐ-CP.", "2022")]
    [InlineData("Học viên được nghiên cứu Luật Tín ngưỡng, tôn giáo năm 2016 và các văn bản hướng dẫn thi hành.", "2016")] // a comma inside a titled name
    [InlineData("Lớp học quán triệt Nghị quyết 25 năm 2024 của Tỉnh ủy.", "2024")]
    [InlineData("Tỉnh triển khai Kế hoạch năm 2024 về công tác dân vận.", "2024")]
    public void Find_YearRightAfterANamedDocument(string sentence, string year) =>
        Assert.Equal([year], DocumentYears.Find(sentence, QuestionLexicon.Default).Select(y => sentence.Substring(y.Start, y.Length)));

    [Theory]
    [InlineData("Năm 2016, toàn tỉnh mở 5 lớp tập huấn.")] // no document
    [InlineData("Tỉnh quán triệt Luật Đất đai, năm 2024 mở thêm 5 lớp.")] // a comma before "năm": the year of the facts
    [InlineData("Luật Đất đai được triển khai trong năm 2024.")] // a function word before "năm"
    [InlineData("Thực hiện Chỉ thị 18, tỉnh mở 5 lớp năm 2024.")] // a numbered name ends at its comma
    [InlineData("Theo Chỉ thị 18 tỉnh mở 5 lớp năm 2024.")] // a number past the name's first words ends it
    [InlineData("Việc thực hiện nghị quyết năm 2024 đạt kết quả tốt.")] // a common noun, not a named document
    [InlineData("Luật Đất đai có hiệu lực; năm 2024 tỉnh mở 5 lớp.")] // a clause boundary
    public void Find_NoDocumentYear(string sentence) =>
        Assert.Empty(DocumentYears.Find(sentence, QuestionLexicon.Default));

    [Fact]
    public void DocumentYear_IsNoOtherYearOfACount()
    {
        var expectation = For("Hội nghị năm 2024 có mấy chuyên đề?");
        Assert.True(expectation.IsMetBy("Báo cáo viên truyền đạt 3 chuyên đề: Những nội dung cơ bản của Luật Thực hiện dân chủ ở cơ sở năm 2022."));
        Assert.False(expectation.IsMetBy("Năm 2022, báo cáo viên truyền đạt 3 chuyên đề về dân chủ ở cơ sở."));
        Assert.False(For("Năm 2017 tỉnh mở bao nhiêu lớp tập huấn?").IsAboutOtherYear("Luật Đất đai năm 2013 quy định rõ, tỉnh mở 5 lớp tập huấn."));
        Assert.True(For("Năm 2017 tỉnh mở bao nhiêu lớp tập huấn?").IsAboutOtherYear("Kết quả, năm 2016, tỉnh mở 5 lớp tập huấn."));
    }

    [Fact]
    public void DocumentYear_DatesTheDocumentsIssuing()
    {
        var expectation = For("Luật về tín ngưỡng tôn giáo ban hành năm nào?");
        const string Named = "Học viên được nghiên cứu Luật Tín ngưỡng, tôn giáo năm 2016 và các văn bản hướng dẫn.";
        const string Dated = "Năm 2016, học viên được nghiên cứu các chuyên đề về luật tín ngưỡng, tôn giáo.";
        Assert.True(expectation.HoldsFocusIn([Named], IndexText.Tokens(Named)));
        Assert.False(expectation.HoldsFocusIn([Dated], IndexText.Tokens(Dated)));
        Assert.False(For("Quy chế về tín ngưỡng tôn giáo ban hành năm nào?").HoldsFocusIn([Named], IndexText.Tokens(Named))); // another kind of document
    }
}
