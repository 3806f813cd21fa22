using DanVan.Core.Answering;

namespace DanVan.Core.Evaluation;

/// <summary>One question asked as typed and folded to ASCII, with the outcome of each.</summary>
public sealed record ParityOutcome(DevSetItem Item, string FoldedQuestion, AnswerOutcome Typed, AnswerOutcome Folded)
{
    /// <summary>Both answered, or both not (related material counts as not answered).</summary>
    public bool SameDecision => (Typed == AnswerOutcome.Answered) == (Folded == AnswerOutcome.Answered);
}
