using DanVan.Core.Answering;
using DanVan.Core.Lexicon;

namespace DanVan.Core.Tests.Answering;

public sealed class AskedPartsTests
{
    [Theory]
    [InlineData("Quy chế được ban hành kèm quyết định số mấy, và nó thay cho văn bản nào cũ?", new[] { "quy chế được ban hành kèm quyết định số mấy", "và nó thay cho văn bản nào cũ" })]
    [InlineData("khoi dan van ai lam truong khoi, bao lau hop mot lan", new[] { "khoi dan van ai lam truong khoi", "bao lau hop mot lan" })]
    [InlineData("Theo thầy ở lớp Quảng Trị, mô hình phải trả lời mấy câu hỏi, và tốn kém nhiều hay ít?", new[] { "theo thầy ở lớp quảng trị mô hình phải trả lời mấy câu hỏi", "và tốn kém nhiều hay ít" })] // a clause asking nothing joins the ask after it
    [InlineData("Lớp có bao nhiêu người học và kéo dài mấy ngày?", new[] { "lớp có bao nhiêu người học", "kéo dài mấy ngày" })] // two asks joined by "và"
    [InlineData("Lớp tổ chức ở đâu, có bao nhiêu người dự và kéo dài bao lâu?", new[] { "lớp tổ chức ở đâu", "có bao nhiêu người dự", "kéo dài bao lâu" })] // three asks, in order
    [InlineData("khối dân vận họp mấy tháng một lần, còn tổ dân vận thôn họp khi nào", new[] { "khối dân vận họp mấy tháng một lần", "còn tổ dân vận thôn họp khi nào" })]
    [InlineData("tap huan nghe nhung noi dung j, may chuyen de", new[] { "tap huan nghe nhung noi dung j", "may chuyen de" })] // "j" asks (gì)
    [InlineData("ca tinh dang ky bn mo hinh, bao nhieu mo hinh duoc cong nhan", new[] { "ca tinh dang ky bn mo hinh", "bao nhieu mo hinh duoc cong nhan" })] // "bn" asks (bao nhiêu)
    public void Of_QuestionAskingSeveralThings_OneTextPerAsk(string question, string[] parts) =>
        Assert.Equal(parts, AskedParts.Of(question, QuestionLexicon.Default));

    [Theory]
    [InlineData("Theo Điều 5, Chủ tịch UBND xã tiếp công dân mấy ngày?")]
    [InlineData("Lớp học và hội nghị diễn ra ở đâu?")] // "và" with no ask before it
    public void Of_QuestionAskingOneThing_Empty(string question) =>
        Assert.Empty(AskedParts.Of(question, QuestionLexicon.Default));

    [Theory]
    [InlineData("trưởng ban tuyên giáo của tỉnh ủy bình phước là ai", "trưởng ban tuyên giáo của tỉnh ủy bình phước là")]
    [InlineData("năm 2017 bình phước mở bao nhiêu lớp tập huấn", "năm 2017 bình phước mở")]
    [InlineData("ai làm trưởng khối", "")]
    public void Head_FirstAsk_WhatItSaysBeforeItAsks(string firstAsk, string head) =>
        Assert.Equal(head, AskedParts.Head(firstAsk, QuestionLexicon.Default));
}
