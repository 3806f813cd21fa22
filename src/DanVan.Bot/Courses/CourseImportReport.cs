namespace DanVan.Bot.Courses;

/// <summary>A rejected row: its line in the file and what is wrong with it.</summary>
internal sealed record CourseImportError(int Line, string Message);

/// <summary>What an import did: courses added, rows that were already on the calendar, rows rejected (with line numbers).</summary>
internal sealed record CourseImportReport(int Added, int Duplicates, IReadOnlyList<CourseImportError> Errors);
