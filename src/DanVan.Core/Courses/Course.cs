namespace DanVan.Core.Courses;

/// <summary>
/// A training course on the calendar (lớp tập huấn, lớp bồi dưỡng, hội nghị quán triệt …).
/// <see cref="EndDate"/> is null for a one-day course. <see cref="Origin"/> says who added it
/// (e.g. "telegram:12345", "cli", "import:courses.csv") or which document it came from ("document:42").
/// </summary>
public sealed record Course(
    long Id,
    string Title,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? Location,
    string? Audience,
    string? Organiser,
    string? Notes,
    string Origin,
    DateTimeOffset CreatedAt)
{
    /// <summary>The last day of the course (the start day for a one-day course).</summary>
    public DateOnly LastDay => EndDate ?? StartDate;

    /// <summary>True when <paramref name="day"/> is one of the course's days.</summary>
    public bool IsInProgressOn(DateOnly day) => StartDate <= day && day <= LastDay;
}
