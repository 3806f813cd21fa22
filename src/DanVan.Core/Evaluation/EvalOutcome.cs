using DanVan.Core.Answering;

namespace DanVan.Core.Evaluation;

/// <summary>What happened to one dev-set question.</summary>
public sealed record EvalOutcome(DevSetItem Item, int? Rank, bool Grounded, bool FactsFound, double Relevance, string Answer)
{
    public double Support { get; init; } = double.NaN;

    /// <summary>Answered, related material only (a decline for refusal metrics), or nothing.</summary>
    public AnswerOutcome Outcome { get; init; } = Grounded ? AnswerOutcome.Answered : AnswerOutcome.None;
}
