using DanVan.Core.Retrieval;
using DanVan.Core.Text;

namespace DanVan.Core.Answering;

/// <summary>Question → retrieval → composer. Blank questions get a short help; irrelevant retrieval gets a plain "not found".</summary>
public sealed class QuestionAnswerer : IQuestionAnswerer
{
    private readonly Retriever _retriever;
    private readonly IAnswerComposer _composer;
    private readonly IQuestionCondenser _condenser;

    public QuestionAnswerer(Retriever retriever, IAnswerComposer composer, IQuestionCondenser condenser)
    {
        _retriever = retriever;
        _composer = composer;
        _condenser = condenser;
    }

    public async Task<Answer> AnswerAsync(string question, string? previousQuestion = null, CancellationToken cancellationToken = default)
    {
        // A question is read on its first part, as it is searched (QueryBuilder.MaxQuestionChars is enough for any real
        // one): a line of a megabyte must not cost seconds of reading, spelling and composing.
        var text = VietnameseText.Normalize(question).Trim();
        if (text.Length > QueryBuilder.MaxQuestionChars)
        {
            text = TextCut.Truncate(text, QueryBuilder.MaxQuestionChars).TrimEnd();
        }

        if (Tokenizer.Tokenize(text).Count == 0)
        {
            return new Answer(text, AnswerTexts.EmptyQuestion, Grounded: false, Sources: []) { Mode = "help" };
        }

        if (!string.IsNullOrWhiteSpace(previousQuestion))
        {
            // Keyword carry-over in extractive mode; a standalone rewrite by the model in LLM mode.
            text = await _condenser.CondenseAsync(text, VietnameseText.Normalize(previousQuestion), cancellationToken);
        }

        // Typos read as the words the index holds and what the question's form adds to what it asks (chat around it, a
        // "mấy" that asks no count) left out, for search and the answer decision alike; the answer keeps the question asked.
        var asked = text;
        text = QuestionReading.Read(text, _retriever.Vocabulary, _retriever.Lexicon);
        var retrieval = await _retriever.SearchAsync(text, cancellationToken);
        var passages = retrieval.IsRelevant ? retrieval.Passages : [];
        if (DecisionTrace.Signals is { } signals)
        {
            signals.Relevance = retrieval.Relevance;
            signals.Relevant = passages.Count > 0;
        }

        if (passages.Count == 0)
        {
            DecisionTrace.Add($"no relevant passage for \"{text}\" (relevance {retrieval.Relevance:0.000})");
        }

        var answer = await _composer.ComposeAsync(text, passages, cancellationToken);
        return ReferenceEquals(text, asked) ? answer : answer with { Question = asked };
    }
}
