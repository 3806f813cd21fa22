using DanVan.Core.Answering;
using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Tests.Support;

/// <summary>The answer expectation of a question as the answerer builds it (kind from the query, no index vocabulary).</summary>
internal static class Expectations
{
    public static AnswerExpectation For(string question, QuestionLexicon? lexicon = null) =>
        AnswerExpectation.For(question, QueryBuilder.Build(question, Vocabulary.Empty).Kind, lexicon ?? QuestionLexicon.Default);
}
