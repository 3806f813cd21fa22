using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>
/// One ask of a question asking several things (<see cref="AskedParts"/>): its text as typed, what it expects and the kind
/// of question it is (to decide its support on its own), whether a sentence holds the kind of fact it asks (null when it
/// asks no particular kind), and how much of its words a sentence covers — read with its document's title when one is
/// given (an ask of a particular kind) —, 0 when it does not hold that kind; and how much of its words a clause covers
/// (<see cref="Score"/>, to cut the sentence quoted for it to the clauses answering it).
/// </summary>
internal sealed record AskedPart(string Text, AnswerExpectation Expectation, QuestionKind Kind, Func<string, bool>? Holds, Func<string, string?, double> Covers,
    Func<IReadOnlyList<string>, double> Score);
