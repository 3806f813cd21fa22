using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Retrieval;

public sealed class RankFusionTests
{
    [Fact]
    public void Reciprocal_TwoRankings_OrdersBySummedReciprocalRanks()
    {
        // BM25: 1, 2, 3, 4; vectors: 3, 5, 1.
        // 1: 1/61 + 1/63; 3: 1/63 + 1/61; 2: 1/62; 5: 1/62; 4: 1/64.
        var fused = RankFusion.Reciprocal([[1, 2, 3, 4], [3, 5, 1]]);

        // 1 and 3 tie on score and best rank (1); 1 was seen first. 2 and 5 tie too; 2 was seen first.
        Assert.Equal([1L, 3, 2, 5, 4], fused);
    }

    [Fact]
    public void Reciprocal_AgreementBeatsOneTopRank()
    {
        var fused = RankFusion.Reciprocal([[7, 8, 9], [9, 8, 7], [8, 10, 11]]);

        Assert.Equal(8, fused[0]);
    }

    [Fact]
    public void ReciprocalScores_SmallK_ComputesExpectedScores()
    {
        var scores = RankFusion.ReciprocalScores([[1, 2], [2]], k: 1);

        Assert.Equal(2, scores[0].Key);
        Assert.Equal(1.0 / 3 + 1.0 / 2, scores[0].Value, precision: 12);
        Assert.Equal(1.0 / 2, scores[1].Value, precision: 12);
    }

    [Fact]
    public void Reciprocal_DuplicateWithinRanking_CountsFirstPlaceOnly()
    {
        var scores = RankFusion.ReciprocalScores([[4, 4, 5]]);

        Assert.Equal(1.0 / 61, scores.Single(s => s.Key == 4).Value, precision: 12);
        Assert.Equal(1.0 / 62, scores.Single(s => s.Key == 5).Value, precision: 12);
    }

    [Fact]
    public void Reciprocal_SingleRankingOrNone_OrderKeptOrEmpty()
    {
        Assert.Equal([5L, 3, 9], RankFusion.Reciprocal([[5, 3, 9]]));
        Assert.Empty(RankFusion.Reciprocal([[], []]));
    }

    [Fact]
    public void Reciprocal_NonPositiveK_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankFusion.Reciprocal([[1]], k: 0));
    }
}
