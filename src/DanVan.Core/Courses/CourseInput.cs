namespace DanVan.Core.Courses;

/// <summary>
/// Turns what an admin typed (the /addcourse line, CLI arguments, one import row) into a <see cref="NewCourse"/>,
/// or a Vietnamese sentence saying exactly what is wrong.
/// </summary>
public static class CourseInput
{
    public const string AddCommandSyntax = "/addcourse YYYY-MM-DD[..YYYY-MM-DD] | Tiêu đề | Địa điểm";

    private const int MaxFieldLength = 500;

    private const string MissingTitle = "Thiếu tiêu đề lớp học";

    /// <summary>Parses "2026-11-24..2026-11-26 | Tiêu đề | Địa điểm" (the place is optional).</summary>
    public static bool TryParseAddCommand(string? arguments, string origin, out NewCourse? course, out string? error)
    {
        course = null;
        var parts = (arguments ?? string.Empty).Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length == 1 && parts[0].Length == 0)
        {
            error = $"Thiếu thông tin lớp học. Cú pháp: {AddCommandSyntax}";
            return false;
        }

        if (parts.Length > 3)
        {
            error = $"Có {parts.Length} phần ngăn bởi dấu |, nhưng chỉ cần tối đa 3: ngày, tiêu đề, địa điểm. Cú pháp: {AddCommandSyntax}";
            return false;
        }

        if (!VietnameseDateParser.TryParseRange(parts[0], out var start, out var end, out error))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(parts.ElementAtOrDefault(1)))
        {
            error = $"{MissingTitle} (phần sau ngày, ngăn bởi dấu |). Cú pháp: {AddCommandSyntax}";
            return false;
        }

        return TryCreate(start, end, parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2), null, null, null, origin, out course, out error);
    }

    /// <summary>Builds a course from separate fields whose dates are text (import rows, CLI).</summary>
    public static bool TryCreate(
        string? startText, string? endText, string? title, string? location, string? audience, string? organiser, string? notes,
        string origin, out NewCourse? course, out string? error)
    {
        course = null;
        return VietnameseDateParser.TryParseStartEnd(startText, endText, out var start, out var end, out error)
            && TryCreate(start, end, title, location, audience, organiser, notes, origin, out course, out error);
    }

    /// <summary>Builds a course from parsed dates and text fields (CLI).</summary>
    public static bool TryCreate(
        DateOnly start, DateOnly? end, string? title, string? location, string? audience, string? organiser, string? notes,
        string origin, out NewCourse? course, out string? error)
    {
        course = null;
        var cleanTitle = Sql.Clean(title);
        if (cleanTitle is null)
        {
            // No syntax here: this is reached from the CLI and from import files too, each with its own way to give a title.
            error = MissingTitle + ".";
            return false;
        }

        if (cleanTitle.Length > CourseStore.MaxTitleLength)
        {
            error = $"Tiêu đề dài {cleanTitle.Length} ký tự; tối đa {CourseStore.MaxTitleLength} ký tự.";
            return false;
        }

        foreach (var (label, value) in new[] { ("Địa điểm", location), ("Đối tượng", audience), ("Đơn vị tổ chức", organiser), ("Ghi chú", notes) })
        {
            if (value?.Trim().Length > MaxFieldLength)
            {
                error = $"{label} dài {value.Trim().Length} ký tự; tối đa {MaxFieldLength} ký tự.";
                return false;
            }
        }

        course = new NewCourse(cleanTitle, start, end, Sql.Clean(location), origin, Sql.Clean(audience), Sql.Clean(organiser), Sql.Clean(notes));
        error = null;
        return true;
    }
}
