using DanVan.Core.Reading;

namespace DanVan.Core.Tests.Reading;

public sealed class ReadingListMatcherTests
{
    private static readonly ReadingListMatcher Matcher = new(ReadingListLoader.Load(adminPath: null));

    [Theory]
    [InlineData("Nghị quyết 25-NQ/TW nói gì về dân vận?", "25-NQ/TW")]
    [InlineData("nghi quyet so 25/NQ-TW ve dan van", "25-NQ/TW")]
    [InlineData("NQ 25 về công tác dân vận", "25-NQ/TW")]
    [InlineData("nq25 quy dinh gi", "25-NQ/TW")]
    [InlineData("nghi quyet 25 ve dan van", "25-NQ/TW")]
    [InlineData("Quy định 23-QĐ/TW về công tác dân vận của hệ thống chính trị", "23-QĐ/TW")]
    [InlineData("quyet dinh 23 qd tw", "23-QĐ/TW")]
    [InlineData("Quyết định số 23 QD-TW", "23-QĐ/TW")]
    [InlineData("Nghị định 59/2023/NĐ-CP hướng dẫn gì?", "59/2023/NĐ-CP")]
    [InlineData("nghi dinh 59/2023/ND-CP", "59/2023/NĐ-CP")]
    [InlineData("nd 59 2023 nd cp", "59/2023/NĐ-CP")]
    [InlineData("Luật số 10/2022/QH15 có hiệu lực khi nào", "10/2022/QH15")]
    [InlineData("luat 10/2022/qh 15", "10/2022/QH15")]
    [InlineData("Chỉ thị số 16/2016/CT-TTg của Thủ tướng", "16/CT-TTg")]
    [InlineData("chi thi 16 ve dan van chinh quyen", "16/CT-TTg")]
    [InlineData("Kết luận 114-KL/TW", "114-KL/TW")]
    [InlineData("ket luan so 114", "114-KL/TW")]
    public void MentionedIn_NumberInAnyForm_FindsTheEntry(string question, string number) =>
        Assert.Equal([number], Matcher.MentionedIn(question).Select(d => d.Number));

    [Theory]
    [InlineData("Luật dân chủ cơ sở 2022 quy định gì về hương ước?", "10/2022/QH15")]
    [InlineData("luat thuc hien dan chu o co so co hieu luc tu khi nao", "10/2022/QH15")]
    [InlineData("LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "10/2022/QH15")]
    [InlineData("quy che cong tac dan van cua he thong chinh tri quy dinh gi", "23-QĐ/TW")]
    [InlineData("Nghị quyết Đại hội XIII nói gì về dân vận khéo?", null)]
    [InlineData("tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", "25-NQ/TW")]
    public void MentionedIn_TitleOrAliasWithOrWithoutDiacritics_FindsTheEntry(string question, string? number)
    {
        var found = Matcher.MentionedIn(question);
        var entry = Assert.Single(found);
        Assert.Equal(number, entry.Number);
    }

    [Theory]
    [InlineData("Năm 2016 Bình Phước tập huấn dân vận cho bao nhiêu cán bộ?")]
    [InlineData("Nghị quyết 26 về nông nghiệp")] // another resolution's number
    [InlineData("nghi quyet 250")]
    [InlineData("Luật dân chủ là gì?")] // too short to stand for one law
    [InlineData("Phương châm thực hiện dân chủ ở cơ sở là gì?")] // the subject, not the law named after it
    [InlineData("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng họp khi nào?")] // the congress, not its resolution
    [InlineData("Ngày 25/6/2013 có hội nghị dân vận")]
    [InlineData("Luật số 10/2021/QH15")] // a listed number with another year
    public void MentionedIn_NoListedDocument_FindsNothing(string question) =>
        Assert.Empty(Matcher.MentionedIn(question));

    [Theory]
    [InlineData("Nghị quyết số 25-NQ/TW về công tác dân vận", "")]
    [InlineData("Luật-10-2022-QH15", "")]
    [InlineData("Văn bản của Đảng", "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 25-NQ/TW\nHà Nội, ngày 03 tháng 6 năm 2013\nNGHỊ QUYẾT")]
    [InlineData("van-ban.docx", "QUỐC HỘI\nLuật số: 10/2022/QH15\nLUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ")]
    [InlineData("Luật Thực hiện dân chủ ở cơ sở năm 2022", "")]
    public void EntriesFor_TheDocumentItself_IsMatched(string title, string opening) =>
        Assert.Single(Matcher.EntriesFor(title, opening));

    [Theory]
    [InlineData("Tập huấn công tác dân vận", "Hội nghị quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 và Luật Thực hiện dân chủ ở cơ sở.")]
    [InlineData("Tìm hiểu Luật Thực hiện dân chủ ở cơ sở", "Hỏi đáp về Luật số 10/2022/QH15.")]
    public void EntriesFor_AReportThatCitesADocument_IsNotThatDocument(string title, string opening) =>
        Assert.Empty(Matcher.EntriesFor(title, opening));
}
