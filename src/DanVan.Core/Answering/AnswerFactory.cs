using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>Builds the two shapes of answer every composer returns: grounded (body + sources) and not found.</summary>
public static class AnswerFactory
{
    public static Answer NotFound(string question, string mode = "extractive") =>
        new(question, AnswerTexts.NotFound, Grounded: false, Sources: []) { Mode = mode };

    public static Answer Grounded(string question, string body, IReadOnlyList<AnswerSource> sources, string mode) =>
        new(question, body + "\n\n" + SourceListFormatter.Format(sources), Grounded: true, sources) { Body = body, Mode = mode };

    public static AnswerSource ToSource(RetrievedPassage passage, int rank)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return new AnswerSource(rank, passage.DocumentId, passage.PassageId, passage.Title, passage.Section, passage.Path,
            passage.Publisher, passage.Published, passage.Score, passage.Text);
    }
}
