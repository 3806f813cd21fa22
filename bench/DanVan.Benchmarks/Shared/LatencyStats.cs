using System.Globalization;

namespace DanVan.Benchmarks.Shared;

/// <summary>Percentiles of a set of durations in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Mean)
{
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? double.NaN : sorted.Average());
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.00} ms, p95 {P95:0.00} ms, p99 {P99:0.00} ms (n={Count})");
}
