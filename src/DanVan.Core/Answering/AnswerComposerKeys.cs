namespace DanVan.Core.Answering;

/// <summary>Service keys for the answer composers registered side by side.</summary>
public static class AnswerComposerKeys
{
    /// <summary>
    /// The extractive composer, registered as a keyed <see cref="IAnswerComposer"/>. It is the default
    /// <see cref="IAnswerComposer"/> and the fallback of the LLM composer.
    /// </summary>
    public const string Extractive = "extractive";
}
