namespace DanVan.Core.Questions;

/// <summary>
/// Optional: says which missing document an unanswered question would need (e.g. one from a reading list), so the
/// unanswered report counts questions against that document instead of against their own words. Without an
/// implementation registered, questions are grouped by <see cref="QuestionKey"/>.
/// </summary>
public interface IMissingDocumentClassifier
{
    /// <summary>A short label of the missing document, or null when the question matches none.</summary>
    string? Classify(string question);
}
