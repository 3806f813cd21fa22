namespace DanVan.Core.Evaluation;

/// <summary>Quality numbers over a set of questions. In-domain metrics are NaN when there are no in-domain questions, likewise refusal accuracy.</summary>
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
    double FalseRefusalRate);
