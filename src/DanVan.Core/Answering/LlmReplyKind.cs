namespace DanVan.Core.Answering;

/// <summary>What a model reply turned out to be.</summary>
internal enum LlmReplyKind
{
    Grounded,
    Related,
    Refusal,
    Invalid,
}
