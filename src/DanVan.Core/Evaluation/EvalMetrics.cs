namespace DanVan.Core.Evaluation;

/// <summary>
/// Quality numbers over a set of questions. In-domain metrics are NaN when there are no in-domain questions, likewise
/// refusal accuracy (the share of out-of-domain questions refused). Decision accuracy: the share of all questions where
/// the bot rightly answered (in domain) or rightly said the materials do not answer (out of domain). A reply quoting
/// related material without stating the fact counts as a decline.
/// </summary>
public sealed record EvalMetrics(
    string Group,
    int Questions,
    int InDomain,
    int OutOfDomain,
    double HitAt1,
    double HitAt3,
    double Mrr,
    double FactAccuracy,
    double RefusalAccuracy,
    double FalseRefusalRate,
    double DecisionAccuracy)
{
    /// <summary>Share of all questions answered with related material only (counted as declined above).</summary>
    public double RelatedShare { get; init; } = double.NaN;

    /// <summary>Share of in-domain questions whose facts are all in the first <see cref="Evaluator.LeadChars"/> characters of the answer part.</summary>
    public double LeadFactAccuracy { get; init; } = double.NaN;

    /// <summary>Mean and 95th percentile of the answer part's length (characters) over answered questions; NaN when none.</summary>
    public (double Mean, double P95) LeadLength { get; init; } = (double.NaN, double.NaN);
}
