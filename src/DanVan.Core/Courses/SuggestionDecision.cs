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

/// <summary>The outcome, the suggestion as it now stands, and the course it became (when accepted).</summary>
public sealed record SuggestionDecision(SuggestionOutcome Outcome, CourseSuggestion? Suggestion, Course? Course);
