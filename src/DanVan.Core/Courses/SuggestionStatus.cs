namespace DanVan.Core.Courses;

/// <summary>Where a course suggestion stands: waiting for an admin, turned into a course, or set aside.</summary>
public enum SuggestionStatus
{
    Pending,
    Accepted,
    Dismissed,
}
