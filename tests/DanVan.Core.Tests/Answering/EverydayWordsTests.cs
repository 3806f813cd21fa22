using DanVan.Core.Answering;
using DanVan.Core.Tests.Support;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// Questions in everyday, regional and loan words the materials never write ("mấy bữa", "cách làm hay", "mần", "speaker",
/// "qua zoom", "điểm kết nối", "khối vận tỉnh", "dành cho đối tượng nào") are answered from the sentence the written words would find (Lexicon/everyday.json), and a
/// changed year or an unrelated thing still declines. Real retrieval and composition over the bundled knowledge and test documents.
/// </summary>
public sealed class EverydayWordsTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public EverydayWordsTests(KnowledgeFixture fixture) => _fixture = fixture;

    private Task<Answer> AskAsync(string question) => _fixture.ComposeAsync(question);

    [Theory]
    [InlineData("Khóa trau dồi dân vận ở Cà Mau kéo dài mấy bữa?", "3/11")]
    [InlineData("Tuyên Quang giai đoạn 2021-2022 xây dựng được bao nhiêu cách làm hay dân vận khéo?", "2.034")]
    [InlineData("Người đứng đầu cơ quan mần công tác dân vận của tỉnh Bình Phước hồi 2016 là ai?", "Lê Thị Xuân Trang")]
    [InlineData("Hội nghị qua zoom của Thái Bình năm 2024 nối tới bao nhiêu điểm kết nối?", "268")]
    [InlineData("hoi nghi qua zoom cua thai binh nam 2024 noi toi bao nhieu diem ket noi", "268")]
    [InlineData("Hội nghị dân vận chính quyền Thái Bình 2024, speaker của Ban Dân vận Trung ương là ai?", "Hoàng Anh Đức")]
    [InlineData("Trưởng khối vận tỉnh Cà Mau là ai?", "Lê Thanh Triều")] // "khối vận" above the commune: the Ban Dân vận
    [InlineData("nguoi dung dau khoi van tinh quang tri la ai", "Trần Thị Mỹ Linh")]
    [InlineData("ha nam nam 2022 mo lop nghiep vu cho can bo dan van bua nao", "30/3")] // stated only where the report opens
    [InlineData("Lớp ở Ninh Bình năm 2019 dành cho đối tượng nào?", "cán bộ phụ trách")] // asking forms are not searched
    [InlineData("Quy chế dân vận xã Phước Thịnh thay thế văn bản nào, văn bản cũ ký hôm nào?", "20/6/2018")]
    [InlineData("Giai đoạn 2021-2022 Quảng Trị đăng ký bao nhiêu mô hình khéo, tỉnh chấm đạt bao nhiêu?", "312")] // "chấm đạt": công nhận
    public async Task EverydayWords_AreAnsweredFromTheWrittenWords(string question, string fact)
    {
        var answer = await AskAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(fact, answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Người đứng đầu cơ quan mần công tác dân vận của tỉnh Bình Phước hồi 2031 là ai?")] // a year the materials never give
    [InlineData("Hội nghị qua zoom của Thái Bình năm 2031 có bao nhiêu điểm kết nối?")]
    [InlineData("Hội nghị qua zoom của Hưng Yên năm 2024 có bao nhiêu điểm kết nối?")] // a province the materials never name
    [InlineData("Trưởng khối vận tỉnh Cà Mau năm 2031 là ai?")]
    [InlineData("ha nam nam 2031 mo lop nghiep vu cho can bo dan van bua nao")]
    [InlineData("Hội nghị tập huấn ở Hưng Yên năm 2022 khai mạc hôm nào?")]
    [InlineData("Lớp ở Ninh Bình năm 2024 dành cho đối tượng nào?")]
    public async Task ChangedFacts_StillDecline(string question)
    {
        var answer = await AskAsync(question);

        Assert.NotEqual(AnswerOutcome.Answered, answer.Outcome);
    }
}
