using DanVan.Benchmarks.Shared;

namespace DanVan.Core.Tests.Benchmarks;

public sealed class LatencyStatsTests
{
    [Fact]
    public void From_HundredDurations_PercentilesAreNearestRank()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 100).Select(i => (double)i).ToList());

        Assert.Equal((50, 95, 99), (stats.P50, stats.P95, stats.P99));
    }
}
