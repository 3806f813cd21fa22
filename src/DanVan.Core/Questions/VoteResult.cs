namespace DanVan.Core.Questions;

/// <summary>What a press of 👍 or 👎 did, and the answer's totals after it.</summary>
public sealed record VoteResult(VoteChange Change, int Up, int Down);
