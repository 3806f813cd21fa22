namespace DanVan.Core.Courses;

/// <summary>A course to be stored: the same fields as <see cref="Course"/> without id and timestamp.</summary>
public sealed record NewCourse(
    string Title,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? Location,
    string Origin,
    string? Audience = null,
    string? Organiser = null,
    string? Notes = null);
