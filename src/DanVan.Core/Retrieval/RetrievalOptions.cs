using System.ComponentModel.DataAnnotations;

namespace DanVan.Core.Retrieval;

/// <summary>Ranking knobs. Defaults are calibrated on the dev set (see README, "Quality").</summary>
public sealed class RetrievalOptions : IValidatableObject
{
    public const string SectionName = "Retrieval";

    /// <summary>How many passages answer a question at most.</summary>
    public int TopK { get; set; } = 5;

    /// <summary>How many FTS5 candidates are re-ranked.</summary>
    public int Candidates { get; set; } = 40;

    /// <summary>Minimum relevance (0–1, share of the question's weighted terms and syllable pairs found) for an answer.</summary>
    public double MinRelevance { get; set; } = 0.26;

    /// <summary>
    /// Minimum support (0–1) of an offline answer: coverage of the question by the best sentence, with its neighbours,
    /// that holds the kind of fact asked (a count of what "bao nhiêu" counts, a date for "ngày nào", a person for "ai").
    /// </summary>
    public double MinSupport { get; set; } = 0.26;

    /// <summary>
    /// With an embedding model: cosine similarity at which a passage counts as relevant even when it shares few words
    /// with the question. Depends on the model; calibrate it with <c>eval --sweep</c> against your endpoint.
    /// </summary>
    public double MinVectorSimilarity { get; set; } = 0.6;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TopK is < 1 or > 20)
        {
            yield return new ValidationResult("Retrieval:TopK must be between 1 and 20.");
        }

        if (Candidates < TopK)
        {
            yield return new ValidationResult("Retrieval:Candidates must be at least Retrieval:TopK.");
        }

        if (MinRelevance is < 0 or > 1)
        {
            yield return new ValidationResult("Retrieval:MinRelevance must be between 0 and 1.");
        }

        if (MinSupport is < 0 or > 1)
        {
            yield return new ValidationResult("Retrieval:MinSupport must be between 0 and 1.");
        }
    }
}
