using DanVan.Core.Answering;

namespace DanVan.Core.Evaluation;

/// <summary>One question asked as typed and folded to ASCII, with the outcome of each.</summary>
public sealed record ParityOutcome(DevSetItem Item, string FoldedQuestion, AnswerOutcome Typed, AnswerOutcome Folded)
{
    /// <summary>Both answered, or both not (related material counts as not answered).</summary>
    /// <summary>Why the question as typed decided as it did (<see cref="DecisionTrace"/>).</summary>
    public IReadOnlyList<string> TypedWhy { get; init; } = [];

    /// <summary>Why the folded question decided as it did.</summary>
    public IReadOnlyList<string> FoldedWhy { get; init; } = [];

    public bool SameDecision => (Typed == AnswerOutcome.Answered) == (Folded == AnswerOutcome.Answered);
}
