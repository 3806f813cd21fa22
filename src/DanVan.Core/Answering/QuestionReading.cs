using DanVan.Core.Lexicon;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>
/// How a question is read before search and the answer decision: its typos as the words the index holds
/// (<see cref="QuestionSpelling"/>), then without what its form adds to what it asks (<see cref="QuestionForm"/>). One
/// place, so the answerer and the retrieval benchmark time and search the same text.
/// </summary>
public static class QuestionReading
{
    public static string Read(string question, Vocabulary vocabulary, QuestionLexicon lexicon) =>
        QuestionForm.Read(QuestionSpelling.Correct(question, vocabulary, lexicon), lexicon, vocabulary);
}
