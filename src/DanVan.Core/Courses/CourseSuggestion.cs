namespace DanVan.Core.Courses;

/// <summary>
/// A course found in a document, waiting for an admin to confirm it. Nothing unconfirmed is ever shown in
/// /courses or a digest. <see cref="MonthOnly"/>: the document gave only the month, so the dates span it.
/// </summary>
public sealed record CourseSuggestion(
    long Id,
    long? DocumentId,
    string? DocumentTitle,
    string Title,
    DateOnly StartDate,
    DateOnly? EndDate,
    bool MonthOnly,
    string? Location,
    string? Audience,
    string? Organiser,
    string Evidence,
    SuggestionStatus Status,
    long? CourseId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    string? DecidedBy)
{
    public DateOnly LastDay => EndDate ?? StartDate;
}
