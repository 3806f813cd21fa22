using DanVan.Core.Courses;

namespace DanVan.Bot.Courses;

/// <summary>
/// Imports courses from a CSV or JSON file: valid rows are added, invalid ones reported with their line numbers,
/// and rows already on the calendar (same start day and title) are counted as duplicates, so importing the same
/// file twice adds nothing the second time.
/// </summary>
internal sealed class CourseImporter(CourseStore store)
{
    public async Task<CourseImportReport> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new CourseImportException($"Không tìm thấy tệp “{path}”.");
        }

        var origin = $"import:{Path.GetFileName(path)}";
        int added = 0, duplicates = 0;
        var errors = new List<CourseImportError>();
        foreach (var row in CourseFileReader.Read(path))
        {
            if (row.ReadError is { } readError)
            {
                errors.Add(new CourseImportError(row.Line, readError));
                continue;
            }

            if (!CourseInput.TryCreate(
                    row[CourseFileReader.StartDate], row[CourseFileReader.EndDate], row[CourseFileReader.Title],
                    row[CourseFileReader.Location], row[CourseFileReader.Audience], row[CourseFileReader.Organiser],
                    row[CourseFileReader.Notes], origin, out var course, out var error))
            {
                errors.Add(new CourseImportError(row.Line, error!));
                continue;
            }

            var result = await store.AddAsync(course!, cancellationToken);
            _ = result.Created ? added++ : duplicates++;
        }

        return new CourseImportReport(added, duplicates, errors);
    }
}
