namespace DanVan.Core.Retrieval;

/// <summary>Ranking knobs. Defaults are calibrated on the dev set (see README, "Quality").</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>How many passages answer a question at most.</summary>
    public int TopK { get; set; } = 5;

    /// <summary>How many FTS5 candidates are re-ranked.</summary>
    public int Candidates { get; set; } = 40;

    /// <summary>Minimum relevance (0–1, share of the question's weighted terms and syllable pairs found) for an answer.</summary>
    public double MinRelevance { get; set; } = 0.40;
}
