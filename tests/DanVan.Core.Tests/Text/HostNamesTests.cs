using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class HostNamesTests
{
    [Theory]
    [InlineData("Baonghean.vn", "Baonghean")]
    [InlineData("baobinhphuoc.com.vn", "baobinhphuoc")]
    [InlineData("https://www.dangcongsan.vn/", "dangcongsan")]
    [InlineData("Báo Cà Mau (CMO)", "Báo Cà Mau (CMO)")]
    [InlineData("Ban Dân vận Trung ương. VN", "Ban Dân vận Trung ương. VN")]
    public void WithoutSuffix_Publisher_DropsOnlyAHostNamesDomainSuffix(string publisher, string expected) =>
        Assert.Equal(expected, HostNames.WithoutSuffix(publisher));
}
