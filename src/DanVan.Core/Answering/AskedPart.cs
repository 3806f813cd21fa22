namespace DanVan.Core.Answering;

/// <summary>
/// One ask of a question asking several things (<see cref="AskedParts"/>): whether a sentence holds the kind of fact it
/// asks (null when it asks no particular kind), and how much of its words a sentence covers — read with its document's title
/// when one is given (an ask of a particular kind) —, 0 when it does not hold that kind.
/// </summary>
internal sealed record AskedPart(Func<string, bool>? Holds, Func<string, string?, double> Covers);
