namespace DanVan.Bot.Courses;

/// <summary>What an import did: courses added, rows that were already on the calendar, rows rejected (with line numbers).</summary>
internal sealed record CourseImportReport(int Added, int Duplicates, IReadOnlyList<CourseImportError> Errors);
