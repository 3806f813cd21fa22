namespace DanVan.Bot.Courses;

/// <summary>The whole import file cannot be used (unknown format, missing columns, not a JSON array). Nothing was imported.</summary>
internal sealed class CourseImportException : Exception
{
    public CourseImportException() { }

    public CourseImportException(string message) : base(message) { }

    public CourseImportException(string message, Exception inner) : base(message, inner) { }
}
