using DanVan.Core.Answering;

namespace DanVan.Core.Evaluation;

/// <summary>What happened to one dev-set question.</summary>
public sealed record EvalOutcome(DevSetItem Item, int? Rank, bool Grounded, bool FactsFound, double Relevance, string Answer)
{
    public double Support { get; init; } = double.NaN;

    /// <summary>Answered, related material only (a decline for refusal metrics), or nothing.</summary>
    public AnswerOutcome Outcome { get; init; } = Grounded ? AnswerOutcome.Answered : AnswerOutcome.None;

    /// <summary>Every fact is within the answer part (the quotation before any context block), cut to <see cref="Evaluator.LeadChars"/> characters.</summary>
    public bool FactsInLead { get; init; }

    /// <summary>Why the answer decided as it did (<see cref="DecisionTrace"/>): what the question read as, the support, the windows set aside.</summary>
    public IReadOnlyList<string> Why { get; init; } = [];

    /// <summary>The decision's signals as values (<see cref="DecisionSignals"/>), for <see cref="DecisionTable"/>.</summary>
    public DecisionSignals Signals { get; init; } = new();

    /// <summary>Characters of the answer part (the quotation before any context block) of an answered question; 0 otherwise.</summary>
    public int LeadLength { get; init; }
}
