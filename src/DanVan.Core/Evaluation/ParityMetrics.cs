namespace DanVan.Core.Evaluation;

/// <summary>How many questions of a group got the same decision typed and folded; <see cref="Parity"/> is NaN for an empty group.</summary>
public sealed record ParityMetrics(string Group, int Questions, int Same)
{
    public double Parity => Questions == 0 ? double.NaN : (double)Same / Questions;
}
