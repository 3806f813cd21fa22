using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>Builds the shapes of answer composers return: grounded (body + sources), related material, not found.</summary>
public static class AnswerFactory
{
    public static Answer NotFound(string question, string mode = "extractive") =>
        new(question, AnswerTexts.NotFound, Grounded: false, Sources: []) { Mode = mode };

    /// <summary>The question names something (a decree, a year, a person) that no retrieved passage names.</summary>
    public static Answer NotMentioned(string question, IReadOnlyList<string> labels, string mode = "extractive") =>
        new(question, AnswerTexts.NotMentioned(labels), Grounded: false, Sources: []) { Mode = mode };

    /// <summary>
    /// Related material only: said so first (with <paramref name="note"/> when given, e.g. the materials' date), then quoted
    /// with its sources; not an answer, so not grounded.
    /// </summary>
    public static Answer Related(string question, string body, IReadOnlyList<AnswerSource> sources, string mode, string? note = null)
    {
        var full = AnswerTexts.RelatedOnly + (string.IsNullOrEmpty(note) ? string.Empty : "\n" + note) + "\n" + body;
        return new(question, full + "\n\n" + SourceListFormatter.Format(sources), Grounded: false, sources)
        {
            Body = full,
            Mode = mode,
            Outcome = AnswerOutcome.Related,
        };
    }

    /// <summary>An answer; <paramref name="context"/> (other quotes, may be empty) follows it set apart under <see cref="AnswerTexts.ContextHeader"/>.</summary>
    public static Answer Grounded(string question, string body, IReadOnlyList<AnswerSource> sources, string mode, string? context = null)
    {
        var full = string.IsNullOrWhiteSpace(context) ? body : body + "\n\n" + AnswerTexts.ContextHeader + "\n" + context;
        return new Answer(question, full + "\n\n" + SourceListFormatter.Format(sources), Grounded: true, sources) { Body = full, Mode = mode };
    }

    public static AnswerSource ToSource(RetrievedPassage passage, int rank)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return new AnswerSource(rank, passage.DocumentId, passage.PassageId, passage.Title, passage.Section, passage.Path,
            passage.Publisher, passage.Published, passage.Score, passage.Text);
    }
}
