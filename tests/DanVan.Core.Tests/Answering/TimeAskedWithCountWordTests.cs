using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// "tháng mấy", "ngày mấy", "năm mấy" ask which month, day or year — read like "tháng nào", not as a count of months;
/// "mấy tháng" still counts months. Typed with and without diacritics.
/// </summary>
public sealed class TimeAskedWithCountWordTests
{
    [Theory]
    [InlineData("Tỉnh hẹn tháng mấy thì làm hội nghị biểu dương?", "Tỉnh hẹn tháng nào thì làm hội nghị biểu dương?")]
    [InlineData("tinh hen thang may thi lam hoi nghi bieu duong?", "tinh hen thang nao thi lam hoi nghi bieu duong?")]
    [InlineData("Lớp khai mạc ngày mấy?", "Lớp khai mạc ngày nào?")]
    [InlineData("Quy chế ban hành năm mấy?", "Quy chế ban hành năm nào?")]
    public void WhichMonthDayOrYear_AskedWithMay_IsReadAsAskedWithNao(string asked, string sameAs)
    {
        Assert.Equal(For(sameAs).AllKinds, For(asked).AllKinds);
        Assert.True(For(asked).IsMetBy("Ngày 1/11/2023, tỉnh tổ chức Hội nghị biểu dương điển hình."));
        Assert.False(For(asked).IsMetBy("Tỉnh sẽ sớm tổ chức Hội nghị biểu dương điển hình."));
    }

    [Theory]
    [InlineData("Lớp học kéo dài mấy tháng?")]
    [InlineData("lop hoc keo dai may thang?")]
    public void HowManyMonths_StillCountsMonths(string question)
    {
        var expectation = For(question);
        Assert.True(expectation.IsMetBy("Lớp học kéo dài 3 tháng."));
        Assert.False(expectation.IsMetBy("Lớp học có 50 học viên."));
    }
}
