using DanVan.Core.Answering;

namespace DanVan.Core.Reading;

/// <summary>
/// Around the answerer: when a question names a recommended document that is not loaded, the reply says which
/// document is missing — instead of the plain "not found" when nothing relevant was found, and before the quotes when
/// related material or an answer was quoted from other documents (a course report citing a law is not the law).
/// The decision whether and what to answer stays the inner answerer's.
/// </summary>
public sealed class ReadingListAnswerer : IQuestionAnswerer
{
    private readonly IQuestionAnswerer _inner;
    private readonly ReadingCoverage _coverage;

    public ReadingListAnswerer(IQuestionAnswerer inner, ReadingCoverage coverage)
    {
        _inner = inner;
        _coverage = coverage;
    }

    public async Task<Answer> AnswerAsync(string question, string? previousQuestion = null, CancellationToken cancellationToken = default)
    {
        var answer = await _inner.AnswerAsync(question, previousQuestion, cancellationToken).ConfigureAwait(false);
        if (answer.Mode == "help")
        {
            return answer;
        }

        var missing = _coverage.MissingDocumentsNamedIn(question);
        if (missing.Count == 0)
        {
            return answer;
        }

        if (answer.Outcome != AnswerOutcome.None)
        {
            var note = ReadingTexts.NotLoadedNote(missing, answered: answer.Outcome == AnswerOutcome.Answered);
            return answer with { Text = note + "\n\n" + answer.Text, Body = note + "\n\n" + answer.Body };
        }

        var text = ReadingTexts.NotLoaded(missing);
        return answer with { Text = text, Body = text };
    }
}
