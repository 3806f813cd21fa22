namespace DanVan.Core.Courses;

/// <summary>
/// What the calendar announces on <see cref="Today"/>: the courses in progress and those starting within
/// <see cref="DaysAhead"/> days, each in start order. A model only: each channel (Telegram HTML, the console) formats it.
/// </summary>
public sealed record CourseDigest(DateOnly Today, int DaysAhead, IReadOnlyList<Course> InProgress, IReadOnlyList<Course> Upcoming)
{
    /// <summary>True when there is nothing to announce (no digest is sent that day).</summary>
    public bool IsEmpty => InProgress.Count == 0 && Upcoming.Count == 0;

    /// <summary>Sorts current <paramref name="courses"/> (e.g. from <see cref="CourseStore.ListCurrentAsync"/>) into the two sections.</summary>
    public static CourseDigest For(IReadOnlyList<Course> courses, DateOnly today, int daysAhead)
    {
        ArgumentNullException.ThrowIfNull(courses);
        return new CourseDigest(today, daysAhead,
            courses.Where(c => c.IsInProgressOn(today)).ToList(),
            courses.Where(c => c.StartDate > today).ToList());
    }
}
