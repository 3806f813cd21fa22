namespace DanVan.Core.Courses;

/// <summary>The stored course and whether it was new (false: the same course already existed and was kept as is).</summary>
public sealed record CourseAddResult(Course Course, bool Created);
