namespace DanVan.Core.Answering;

/// <summary>
/// The reply to one question. <see cref="Text"/> is the body with inline [n] citations and, when grounded,
/// a trailing block that starts with the line <c>Nguồn:</c>. Sources are numbered from 1 in citation order.
/// </summary>
public sealed record Answer(
    string Question,
    string Text,
    bool Grounded,
    IReadOnlyList<AnswerSource> Sources)
{
    /// <summary>Body without the sources block (for channels that render sources themselves).</summary>
    public string Body { get; init; } = Text;

    /// <summary>Answered, related material only, or nothing relevant. Only <see cref="AnswerOutcome.Answered"/> is grounded.</summary>
    public AnswerOutcome Outcome { get; init; } = Grounded ? AnswerOutcome.Answered : AnswerOutcome.None;

    /// <summary>Which composer produced the text (extractive, llm, fallback).</summary>
    public string Mode { get; init; } = "extractive";

    /// <summary>Extractive answers: coverage of the question by the best sentence holding the kind of fact asked (NaN otherwise).</summary>
    public double Support { get; init; } = double.NaN;
}
