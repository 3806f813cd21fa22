using System.Globalization;
using DanVan.Core.Text;

namespace DanVan.Core.Courses;

/// <summary>
/// The identity used to avoid duplicates: start date plus the title folded (case, diacritics, whitespace and
/// punctuation ignored), so importing the same file twice or accepting a suggestion for a course already typed in
/// by hand does not create a second row.
/// </summary>
internal static class CourseKey
{
    public static string For(DateOnly startDate, string title) =>
        startDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" + VietnameseText.FoldWords(title);
}
