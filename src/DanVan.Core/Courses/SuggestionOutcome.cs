namespace DanVan.Core.Courses;

/// <summary>What happened when an admin answered a suggestion.</summary>
public enum SuggestionOutcome
{
    /// <summary>The decision was recorded now.</summary>
    Done,

    /// <summary>Someone had already decided; <see cref="SuggestionDecision.Suggestion"/> shows how.</summary>
    AlreadyDecided,

    NotFound,
}
