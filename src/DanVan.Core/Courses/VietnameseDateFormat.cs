using System.Globalization;

namespace DanVan.Core.Courses;

/// <summary>Vietnamese date formatting for users: "Thứ Hai, 24/11/2026", "Chủ nhật, 01/03/2026".</summary>
public static class VietnameseDateFormat
{
    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    /// <summary>"Thứ Hai, 24/11/2026".</summary>
    public static string Format(DateOnly date) => $"{DayName(date.DayOfWeek)}, {Numeric(date)}";

    /// <summary>"24/11/2026".</summary>
    public static string Numeric(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>One day, or "Thứ Hai, 24/11/2026 – Thứ Tư, 26/11/2026" for a course over several days.</summary>
    public static string FormatRange(DateOnly start, DateOnly? end) =>
        end is { } last && last != start ? $"{Format(start)} – {Format(last)}" : Format(start);
}
