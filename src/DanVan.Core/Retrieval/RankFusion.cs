namespace DanVan.Core.Retrieval;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke &amp; Büttcher 2009): each ranking adds 1 / (k + rank) to a passage's
/// score, rank counted from 1. Robust to rankings whose raw scores are not comparable (BM25 versus cosine).
/// </summary>
public static class RankFusion
{
    /// <summary>The usual constant; larger values flatten the advantage of the very top ranks.</summary>
    public const int DefaultK = 60;

    /// <summary>The fused order of passage ids, best first.</summary>
    /// <param name="rankings">Each ranking best first; an id repeated within one ranking counts at its first place only.</param>
    /// <param name="k">The smoothing constant (positive).</param>
    public static IReadOnlyList<long> Reciprocal(IEnumerable<IReadOnlyList<long>> rankings, int k = DefaultK) =>
        ReciprocalScores(rankings, k).Select(pair => pair.Key).ToList();

    /// <summary>
    /// The fused scores, best first. Ties are broken by the best single rank, then by first appearance
    /// (earlier rankings first), so the order is deterministic.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<long, double>> ReciprocalScores(IEnumerable<IReadOnlyList<long>> rankings, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);

        var fused = new Dictionary<long, (double Score, int BestRank, int FirstSeen)>();
        foreach (var ranking in rankings)
        {
            var seen = new HashSet<long>();
            var rank = 0;
            foreach (var id in ranking)
            {
                if (!seen.Add(id))
                {
                    continue;
                }

                rank++;
                var contribution = 1.0 / (k + rank);
                fused[id] = fused.TryGetValue(id, out var entry)
                    ? (entry.Score + contribution, Math.Min(entry.BestRank, rank), entry.FirstSeen)
                    : (contribution, rank, fused.Count);
            }
        }

        return fused
            .OrderByDescending(pair => pair.Value.Score)
            .ThenBy(pair => pair.Value.BestRank)
            .ThenBy(pair => pair.Value.FirstSeen)
            .Select(pair => new KeyValuePair<long, double>(pair.Key, pair.Value.Score))
            .ToList();
    }
}
