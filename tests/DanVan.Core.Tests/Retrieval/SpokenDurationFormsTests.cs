using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Retrieval;

/// <summary>
/// A length in days said as "bữa"/"hôm" and a span of dates asked as its start and its end are read as the words the
/// materials answer with ("trong 3 ngày", "từ ngày 1 đến ngày 3/11"), typed with and without diacritics; "mấy bữa nay"
/// (lately) is no length.
/// </summary>
public sealed class SpokenDurationFormsTests
{
    private static readonly Vocabulary Index = new(new[] { "lop", "hoc", "lop_hoc", "ca", "mau", "ca_mau" }.ToDictionary(t => t, _ => 6), 100);

    [Theory]
    [InlineData("nghe an 2013 hoc may bua", "nghe an 2013 hoc may ngay")]
    [InlineData("Khóa ở Cà Mau học mấy hôm?", "Khóa ở Cà Mau học mấy ngày?")]
    [InlineData("Khóa ở Cà Mau bắt đầu với kết thúc ngày nào?", "Khóa ở Cà Mau từ ngày nào đến ngày nào?")]
    [InlineData("tu ngay nao toi ngay nao vay", "tu ngay nao den ngay nao vay")]
    [InlineData("Mấy bữa nay tỉnh có mở lớp không?", "Dạo này tỉnh có mở lớp không?")]
    public void DurationAndDateSpan_AreReadAsTheMaterialsWords(string typed, string read) =>
        Assert.Equal(read, SpokenForms.Standard(typed, Index));
}
