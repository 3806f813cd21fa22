namespace DanVan.Core.Courses;

/// <summary>The outcome, the suggestion as it now stands, and the course it became (when accepted).</summary>
public sealed record SuggestionDecision(SuggestionOutcome Outcome, CourseSuggestion? Suggestion, Course? Course);
