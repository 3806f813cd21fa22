namespace DanVan.Core.Courses;

/// <summary>
/// A course announced in a document, as the extractor read it. <see cref="StartDate"/> is null when the text gave no
/// year and none could be taken from the document's date (<see cref="DateText"/> then shows the day and month as
/// written). For a course known only by month (<see cref="MonthOnly"/>) the dates span that month.
/// </summary>
public sealed record CourseCandidate(
    string Title,
    DateOnly? StartDate,
    DateOnly? EndDate,
    bool MonthOnly,
    string DateText,
    string? Location,
    string? Audience,
    string? Organiser,
    string Evidence)
{
    public bool YearKnown => StartDate is not null;
}
