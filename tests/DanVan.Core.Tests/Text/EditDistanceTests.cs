using DanVan.Core.Text;

namespace DanVan.Core.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("tr", "tri", true)] // a letter missing
    [InlineData("ubd", "ubnd", true)]
    [InlineData("phuc", "phuoc", true)]
    [InlineData("thi", "thai", true)]
    [InlineData("binhh", "binh", false)] // a doubled letter is taken out only when asked
    [InlineData("lim", "lam", false)] // another letter is no slip
    public void OneSlip_InsertionsOnly_ReachesTheWordALetterMissingFrom(string typed, string written, bool reached) =>
        Assert.Equal(reached, EditDistance.OneSlip(typed, insertionsOnly: true).Contains(written));

    [Theory]
    [InlineData("binhh", "binh")] // doubled
    [InlineData("bnih", "binh")] // swapped
    [InlineData("bnh", "binh")] // missing
    public void OneSlip_AllKinds_ReachesTheWrittenWord(string typed, string written) =>
        Assert.Contains(written, EditDistance.OneSlip(typed, insertionsOnly: false));

    [Fact]
    public void OneSlip_NeverTwoEditsAway() =>
        Assert.All(EditDistance.OneSlip("quang", insertionsOnly: false), w => Assert.True(EditDistance.Damerau(w, "quang", 2) <= 1, w));
}
