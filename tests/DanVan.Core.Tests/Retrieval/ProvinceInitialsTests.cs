using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// A province written as its initials ("lớp NB") is read as its name when one province of the 63 has them, the table
/// gives the letters no other reading, and the materials write the name.
/// </summary>
public sealed class ProvinceInitialsTests
{
    // An index that writes the names of Ninh Bình, Quảng Trị and Đắk Nông (pairs as IndexText writes them).
    private static readonly Vocabulary Held = new(new[] { "ninh binh", "quang tri", "dak nong", "da nang", "dong nai", "ca mau", "long an" }
        .ToDictionary(n => IndexText.Pair(n.Split(' ')[0], n.Split(' ')[1]), _ => 5), 100);

    [Theory]
    [InlineData("Ở NB, người học được cập nhật gì?", "Ở Ninh Bình, người học được cập nhật gì?")]
    [InlineData("Cuối khóa ở QT có bao nhiêu người được khen?", "Cuối khóa ở Quảng Trị có bao nhiêu người được khen?")]
    [InlineData("cuoi khoa o QT co bao nhieu nguoi", "cuoi khoa o quang tri co bao nhieu nguoi")] // typed plain: written plain
    [InlineData("Lớp CM khai mạc ngày nào?", "Lớp Cà Mau khai mạc ngày nào?")]
    [InlineData("o nb, nguoi hoc duoc cap nhat gi", "o ninh binh, nguoi hoc duoc cap nhat gi")] // lower case, no syllable
    public void InitialsOfOneHeldProvince_AreWrittenOut(string typed, string read) =>
        Assert.Equal(read, AbbreviationSpellings.Standard(typed, Held));

    [Theory]
    [InlineData("Lãnh đạo ĐN dặn học viên gì?")] // Đắk Nông, Đà Nẵng or Đồng Nai
    [InlineData("Lớp ở BP năm 2016 có bao nhiêu người?")] // Bình Phước: the materials here do not write it
    [InlineData("Ở TB ai chủ trì?")] // the table's short form (trưởng ban, thông báo)
    [InlineData("LỚP Ở NB CÓ GÌ")] // all capitals
    [InlineData("mã 01-NB/TU là gì")] // part of a code
    [InlineData("Ở tb có gì")] // lower case, the table's short form
    [InlineData("la co xanh o day")] // lower case and a syllable (LA would be Long An)
    public void OtherInitials_StayAsTyped(string typed) =>
        Assert.Equal(typed, AbbreviationSpellings.Standard(typed, Held));

    [Theory]
    [InlineData("QT", "Quảng Trị")]
    [InlineData("NB", "Ninh Bình")]
    [InlineData("ĐN", null)]
    [InlineData("DN", null)]
    [InlineData("TTH", "Thừa Thiên Huế")]
    [InlineData("BRVT", "Bà Rịa - Vũng Tàu")]
    [InlineData("XY", null)]
    public void Province_IsTheOneProvinceWithTheInitials(string capitals, string? province) =>
        Assert.Equal(province, ProvinceInitials.Province(capitals));
}
