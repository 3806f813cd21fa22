namespace DanVan.Core.Answering;

/// <summary>The three honest outcomes of a question.</summary>
public enum AnswerOutcome
{
    /// <summary>Nothing relevant in the materials: the plain refusal with a hint.</summary>
    None,

    /// <summary>The materials hold related passages but do not state the asked fact; they are quoted as related material.</summary>
    Related,

    /// <summary>A quoted sentence states the asked fact, with citations.</summary>
    Answered,
}
