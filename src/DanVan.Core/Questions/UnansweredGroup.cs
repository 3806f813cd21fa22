namespace DanVan.Core.Questions;

/// <summary>
/// Questions that asked the same thing and were not answered: declined (nothing relevant, or related material only)
/// or voted down more than up.
/// </summary>
/// <param name="Key">What groups them: the question's key terms, or the missing document a classifier named.</param>
/// <param name="Example">The most recent wording.</param>
/// <param name="Count">How many times it was asked.</param>
/// <param name="Declined">Of those, how many the bot declined.</param>
/// <param name="DownVoted">Of those, how many were answered but voted down.</param>
/// <param name="LastAsked">When it was last asked.</param>
/// <param name="MissingDocument">True when <paramref name="Key"/> names a missing document rather than key terms.</param>
public sealed record UnansweredGroup(string Key, string Example, int Count, int Declined, int DownVoted, DateTimeOffset LastAsked, bool MissingDocument);
