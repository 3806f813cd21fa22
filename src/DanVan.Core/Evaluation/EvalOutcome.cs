namespace DanVan.Core.Evaluation;

/// <summary>What happened to one dev-set question.</summary>
public sealed record EvalOutcome(DevSetItem Item, int? Rank, bool Grounded, bool FactsFound, double Relevance, string Answer)
{
    public double Support { get; init; } = double.NaN;
}
