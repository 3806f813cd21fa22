namespace DanVan.Bot.Courses;

/// <summary>One row of an import file: its line number, its fields by column (normalised names), or why it could not be read.</summary>
internal sealed record CourseImportRow(int Line, IReadOnlyDictionary<string, string?> Fields, string? ReadError = null)
{
    public string? this[string column] => Fields.TryGetValue(column, out var value) ? value : null;
}
