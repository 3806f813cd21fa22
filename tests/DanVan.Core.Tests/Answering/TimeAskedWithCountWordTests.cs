using static DanVan.Core.Tests.Support.Expectations;

namespace DanVan.Core.Tests.Answering;

/// <summary>
/// "tháng mấy" asks which month — read like "tháng nào", not as a count of months;
/// "mấy tháng" still counts months. Typed with and without diacritics.
/// </summary>
public sealed class TimeAskedWithCountWordTests
{
    [Theory]
    [InlineData("Tỉnh hẹn tháng mấy thì làm hội nghị biểu dương?", "Tỉnh hẹn tháng nào thì làm hội nghị biểu dương?")]
    [InlineData("tinh hen thang may thi lam hoi nghi bieu duong?", "tinh hen thang nao thi lam hoi nghi bieu duong?")]
    [InlineData("Hội nghị biểu dương dự kiến vào tháng mấy?", "Hội nghị biểu dương dự kiến vào tháng nào?")]
    public void WhichMonth_AskedWithMay_IsReadAsAskedWithNao(string asked, string sameAs)
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
