namespace DanVan.Core.Answering;

/// <summary>A model reply after validation.</summary>
/// <param name="Kind">Grounded, related, refusal or invalid.</param>
/// <param name="Body">For a grounded or related reply: the text with citations renumbered 1..m in order of first use.</param>
/// <param name="CitedPassages">For a grounded or related reply: zero-based indexes of the cited passages, in the new numbering order.</param>
/// <param name="Reason">For an invalid reply: why it was rejected (for the log).</param>
internal sealed record LlmReply(LlmReplyKind Kind, string Body, IReadOnlyList<int> CitedPassages, string? Reason)
{
    public static LlmReply Refusal { get; } = new(LlmReplyKind.Refusal, string.Empty, [], null);

    public static LlmReply Invalid(string reason) => new(LlmReplyKind.Invalid, string.Empty, [], reason);
}
