namespace DanVan.Bot.Courses;

/// <summary>A rejected row: its line in the file and what is wrong with it.</summary>
internal sealed record CourseImportError(int Line, string Message);
