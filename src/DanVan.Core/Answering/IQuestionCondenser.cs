namespace DanVan.Core.Answering;

/// <summary>
/// Turns a follow-up (a reply to an earlier answer) into a question that stands on its own, so retrieval sees
/// what the user is asking about. Without a previous question the question is returned unchanged.
/// </summary>
public interface IQuestionCondenser
{
    /// <param name="question">The new question, untrusted user text.</param>
    /// <param name="previousQuestion">The earlier question the new one continues, or null.</param>
    Task<string> CondenseAsync(string question, string? previousQuestion, CancellationToken cancellationToken = default);
}
