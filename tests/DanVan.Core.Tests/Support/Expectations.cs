using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Support;

/// <summary>The answer expectation of a question as the answerer builds it (kind from the query, no index vocabulary).</summary>
internal static class Expectations
{
    public static AnswerExpectation For(string question, QuestionLexicon? lexicon = null) =>
        AnswerExpectation.For(question, QueryBuilder.Build(question, Vocabulary.Empty).Kind, lexicon ?? QuestionLexicon.Default);

    /// <summary>The asked heads of a question as the trace writes them ("bai hoc (thing)"), joined by "; ".</summary>
    public static string Heads(string question) =>
        string.Join("; ", AnswerExpectation.AskedHeadsOf(DanVan.Core.Text.VietnameseText.Normalize(question), QuestionLexicon.Default));
}
