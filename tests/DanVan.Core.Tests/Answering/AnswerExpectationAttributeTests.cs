using DanVan.Core.Text;

using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// An attribute the materials seldom give, asked of a thing they name: a sum of money ("kinh phí … bao nhiêu", "bao
/// nhiêu tiền") is answered only by a sentence stating one; a person's home town or a body's phone number only by a
/// window saying it.
/// </summary>
public sealed class AnswerExpectationAttributeTests
{
    private const string ClassesCounted = "Kết quả, năm 2016, toàn tỉnh mở 5 lớp tập huấn cho trên 800 cán bộ, công chức.";

    [Theory]
    [InlineData("Kinh phí tổ chức lớp tập huấn năm 2016 hết bao nhiêu tiền?")] // money counted right after the asker
    [InlineData("kinh phi to chuc may lop tap huan nam 2016 het bao nhieu tien")] // another count beside it, typed without diacritics
    [InlineData("Quy chế có quy định phụ cấp hằng tháng cho thành viên tổ dân vận thôn là bao nhiêu không?")] // a sum named, the amount asked alone
    [InlineData("Tiền ăn ở cho người học do ai chi, hết khoảng bao nhiêu?")] // the sum named in another clause
    [InlineData("Mỗi lớp tốn bao nhiêu tiền?")]
    [InlineData("Tien an o cho nguoi hoc do ai chi, het khoang may tram?")] // "mấy" before a magnitude, typed without diacritics
    public void IsMetBy_MoneyAsked_NotMetByAnotherCount(string question)
    {
        var expectation = For(question);

        Assert.False(expectation.IsMetBy(ClassesCounted));
        Assert.False(expectation.IsMetBy("Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh, chỉ đạo 2 đồng chí phụ trách lớp.")); // "đồng" of another word
        Assert.True(expectation.IsMetBy("Tổng kinh phí tổ chức các lớp là 250 triệu đồng, do ngân sách tỉnh chi trả."));
    }

    [Theory]
    [InlineData("Mỗi người được thưởng bao nhiêu tiền?", "Mỗi cá nhân được thưởng 500.000 đồng.")]
    [InlineData("Phụ cấp hằng tháng là bao nhiêu?", "Tổ trưởng được hưởng phụ cấp hai triệu đồng mỗi tháng.")] // number words
    [InlineData("Lớp học có kinh phí bao nhiêu?", "Dự án có tổng vốn 2 triệu USD.")]
    public void IsMetBy_MoneyAsked_MetByASumStated(string question, string sentence) =>
        Assert.True(For(question).IsMetBy(sentence));

    // A question naming a sum but counting something else ("ngân sách … bao nhiêu ngày"), or asking no amount, asks no money.
    [Theory]
    [InlineData("Dự toán ngân sách xã phải niêm yết công khai ít nhất bao nhiêu ngày?", "Dự toán ngân sách xã được niêm yết công khai ít nhất 30 ngày.")]
    [InlineData("Bao nhiêu đồng chí dự lớp?", "Lớp có 120 đồng chí tham dự.")]
    [InlineData("Kinh phí lớp học do cơ quan nào bảo đảm, lớp có bao nhiêu học viên?", "Lớp tập huấn có 230 học viên.")]
    [InlineData("Chế độ phụ cấp được quy định từ năm bao nhiêu?", "Chế độ này được quy định từ năm 2019.")]
    [InlineData("Quy định về phụ cấp nằm ở Điều số mấy?", "Chế độ phụ cấp được quy định tại Điều 9.")]
    public void IsMetBy_NoAmountOfMoneyAsked_ReadAsBefore(string question, string sentence) =>
        Assert.True(For(question).IsMetBy(sentence));

    [Theory]
    [InlineData("Quê của đồng chí Trần Thị Mỹ Linh ở đâu?", "quê")]
    [InlineData("que cua dong chi tran thi my linh o dau", "quê")] // typed without diacritics
    [InlineData("Số điện thoại của Ban Dân vận Tỉnh ủy là bao nhiêu?", "điện thoại")]
    [InlineData("Năm sinh của đồng chí Nguyễn Thế Trung là năm nào?", "năm sinh")]
    [InlineData("Đồng chí Trần Thị Mỹ Linh có bằng cấp gì?", "bằng cấp")] // a degree (học vị) is an asked aspect instead: "TS." states it
    [InlineData("TS. Le Quang Vinh bn tuoi, hoc chuyen nganh j", "tuổi")] // chat typing, two attributes: one is enough to fail
    [InlineData("Nhiệm kỳ của đồng chí Trần Thị Mỹ Linh là nhiệm kỳ nào?", "nhiệm kỳ")]
    public void HoldsFocus_AttributeAsked_NeedsTheWindowToSayIt(string question, string attribute)
    {
        var expectation = For(question);

        Assert.False(expectation.HoldsFocus(Tokenizer.Tokenize("Phát biểu khai mạc, đồng chí Trần Thị Mỹ Linh, Trưởng Ban Dân vận Tỉnh ủy, cho biết toàn tỉnh có 1.200 mô hình ở huyện Hướng Hóa.")));
        Assert.True(expectation.HoldsFocus(Tokenizer.Tokenize($"Theo lý lịch, {attribute} của đồng chí được ghi rõ ở hồ sơ năm 1970.")));
    }

    // Named outside any clause that asks, an attribute is no focus: "… niêm yết ở trụ sở, tiền lương công khai" states, the asked is elsewhere.
    [Fact]
    public void HoldsFocus_AttributeNamedWhereNothingIsAsked_IsNoFocus() =>
        Assert.True(For("Theo quy chế có công khai mức lương. Vậy quy chế thay thế văn bản nào?").HoldsFocus(Tokenizer.Tokenize("Quy chế này thay thế Quy chế số 05-QC/ĐU.")));
}
