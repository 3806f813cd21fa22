using DanVan.Core.Answering;
using DanVan.Core.Lexicon;

namespace DanVan.Core.Tests.Answering;

/// <summary>What a question's form adds to what it asks: an indefinite "mấy", approximators, chat around it.</summary>
public sealed class QuestionFormTests
{
    private static string Read(string question) => QuestionForm.Read(question, QuestionLexicon.Default);

    [Theory]
    [InlineData("Mấy năm gần đây dân vận ở Cà Mau làm được những gì?", "năm gần đây dân vận ở Cà Mau làm được những gì?")] // a time phrase
    [InlineData("may nam qua dan van o ca mau lam duoc gi", "nam qua dan van o ca mau lam duoc gi")] // typed without diacritics
    [InlineData("Liệt kê giúp em mấy chuyên đề của lớp Hà Nam năm 2022.", "chuyên đề của lớp Hà Nam năm 2022.")] // after a list imperative opening its clause (then chat)
    [InlineData("ninh binh 2019 lop do goi nhung ai di hoc, co may ong truong ban dan van huyen khong", "ninh binh 2019 lop do goi nhung ai di hoc, co ong truong ban dan van huyen khong")] // a yes/no frame
    [InlineData("Lãnh đạo mấy ban ngành ở Nghệ An còn nói thêm chuyện gì?", "Lãnh đạo ban ngành ở Nghệ An còn nói thêm chuyện gì?")] // another question word in its clause
    public void Read_IndefiniteMay_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Lớp có mấy học viên?")]
    [InlineData("Lớp có mấy học viên không?")] // "có" opens no clause: a count
    [InlineData("Quy chế nêu mấy nguyên tắc?")] // "nêu" is the verb, not an imperative opening the clause
    [InlineData("Huyện phải gắn tuyên truyền với chỉ thị số mấy và phong trào thi đua nào?")] // a joiner before the other asker; "số mấy"
    [InlineData("Điều mấy quy định việc gì?")] // an article's number
    [InlineData("Lớp khai mạc năm mấy, ở đâu?")] // part of a longer question word
    [InlineData("Có mấy chuyên đề, là những chuyên đề gì?")] // the other asker is in another clause; no closer
    public void Read_CountAsked_IsKept(string question) =>
        Assert.Equal(question, Read(question));

    [Theory]
    [InlineData("Năm 2016 Bình Phước mở tính ra khoảng bao nhiêu lớp?", "Năm 2016 Bình Phước mở bao nhiêu lớp?")]
    [InlineData("anh em di hoc tinh ra khoang bao nhieu nguoi", "anh em di hoc bao nhieu nguoi")] // typed without diacritics
    [InlineData("cả năm 2016 mở tổng cộng mấy lớp", "cả năm 2016 mở mấy lớp")]
    [InlineData("Khóa 2023 ở Tuyên Quang có mấy trăm người tham dự?", "Khóa 2023 ở Tuyên Quang có mấy người tham dự?")] // an order of magnitude after the asker
    [InlineData("co bao nhieu nghin luot nguoi", "co bao nhieu luot nguoi")]
    [InlineData("Lớp có 230 học viên, trong khoảng thời gian nào?", "Lớp có 230 học viên, trong khoảng thời gian nào?")] // no count asker after it
    public void Read_ApproximatorBeforeCountAsker_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Nhờ bot tra giúp: ai đứng lớp chính ở Tuyên Quang?", "ai đứng lớp chính ở Tuyên Quang?")] // a clause of chat
    [InlineData("Ai đứng lớp chính ở Tuyên Quang, bot trả lời giúp em nhé.", "Ai đứng lớp chính ở Tuyên Quang.")]
    [InlineData("Anh chi oi cho em hoi chut, ai dung lop o Quang Tri?", "ai dung lop o Quang Tri?")] // typed without diacritics
    [InlineData("Nhờ bot tra giúp năm 2016 Bình Phước mở mấy lớp?", "năm 2016 Bình Phước mở mấy lớp?")] // a run at the start
    [InlineData("nguoi dung dau ban dan van Binh Phuoc la ai vay moi nguoi", "nguoi dung dau ban dan van Binh Phuoc la ai")] // a run at the end
    [InlineData("Bao cao vien lop DVK o Quang Tri 2023 la TS nao, giang vien HVCT khu vuc may a?", "Bao cao vien lop DVK o Quang Tri 2023 la TS nao, giang vien HVCT khu vuc may?")] // final particles
    public void Read_ChatAroundTheQuestion_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Bạn có biết năm 2016 Bình Phước mở bao nhiêu lớp không?", "năm 2016 Bình Phước mở bao nhiêu lớp?")]
    [InlineData("Tai lieu co neu muc luong co so nam 2024 la bao nhieu khong?", "muc luong co so nam 2024 la bao nhieu?")] // typed without diacritics
    [InlineData("Tài liệu có nêu lớp Hà Nam học mấy ngày, bao nhiêu học viên không ạ?", "lớp Hà Nam học mấy ngày, bao nhiêu học viên?")] // across clauses, a particle after the closer
    [InlineData("Bạn có biết không?", "Bạn có biết không?")] // nothing inside
    [InlineData("Bạn có biết năm 2016 Bình Phước mở bao nhiêu lớp?", "Bạn có biết năm 2016 Bình Phước mở bao nhiêu lớp?")] // no closer: no frame
    public void Read_YesNoFrameAroundTheQuestion_IsLeftOut(string question, string read) =>
        Assert.Equal(read, Read(question));

    [Theory]
    [InlineData("Chủ tịch UBND xã có bao lâu để trả lời")] // a chat word with no courtesy word is what is asked
    [InlineData("Bot là gì?")] // nothing would be left
    [InlineData("Cách làm bánh bột lọc?")] // "bột" typed with diacritics is no "bot"
    public void Read_ChatWordThatIsContent_IsKept(string question) =>
        Assert.Equal(question, Read(question));
}
