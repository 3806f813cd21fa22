namespace DanVan.Core.Answering;

/// <summary>Answers one question from the indexed materials. The one entry point every channel (CLI, Telegram) uses.</summary>
public interface IQuestionAnswerer
{
    /// <param name="question">The user's text, untrusted.</param>
    /// <param name="previousQuestion">For follow-ups: the earlier question this one continues, if any.</param>
    Task<Answer> AnswerAsync(string question, string? previousQuestion = null, CancellationToken cancellationToken = default);
}
