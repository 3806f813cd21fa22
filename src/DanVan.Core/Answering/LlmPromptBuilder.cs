using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Core.Courses;
using DanVan.Core.Retrieval;

namespace DanVan.Core.Answering;

/// <summary>
/// The data put before the model: passages numbered [n], each inside a <c>&lt;tai_lieu&gt;</c> element, and courses
/// inside <c>&lt;lop_hoc&gt;</c> elements, so the model reads them as data. The rules around them are the operator's
/// prompt template (<see cref="LlmOptions.PromptTemplatePath"/>).
/// </summary>
internal static partial class LlmPromptBuilder
{
    /// <summary>What the model must reply, on its first line, when the passages do not hold the answer.</summary>
    public const string RefusalMarker = "KHÔNG_CÓ_THÔNG_TIN";

    /// <summary>The passages as numbered elements (the template's <c>tai_lieu</c> variable, and a search tool's result).</summary>
    public static string FormatPassages(IEnumerable<(int Number, RetrievedPassage Passage)> passages)
    {
        var text = new StringBuilder();
        foreach (var (number, passage) in passages)
        {
            text.Append("<tai_lieu id=\"").Append(number.ToString(CultureInfo.InvariantCulture))
                .Append("\" tieu_de=\"").Append(Attribute(passage.Title)).Append('"');
            if (!string.IsNullOrWhiteSpace(passage.Section))
            {
                text.Append(" muc=\"").Append(Attribute(passage.Section)).Append('"');
            }

            if (passage.Published is { } published)
            {
                text.Append(" ngay=\"").Append(VietnameseDateFormat.Numeric(published)).Append('"');
            }

            text.Append(">\n").Append(Neutralize(passage.Text.Trim())).Append("\n</tai_lieu>\n");
        }

        return text.ToString();
    }

    /// <summary>One course of the calendar as a numbered element (the course-calendar tool's result).</summary>
    public static string FormatCourse(int number, Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var text = new StringBuilder()
            .Append("<lop_hoc id=\"").Append(number.ToString(CultureInfo.InvariantCulture))
            .Append("\" ten=\"").Append(Attribute(course.Title))
            .Append("\" thoi_gian=\"").Append(VietnameseDateFormat.FormatRange(course.StartDate, course.EndDate)).Append('"');
        AppendAttribute(text, "dia_diem", course.Location);
        AppendAttribute(text, "doi_tuong", course.Audience);
        AppendAttribute(text, "don_vi_to_chuc", course.Organiser);
        text.Append('>');
        if (!string.IsNullOrWhiteSpace(course.Notes))
        {
            text.Append('\n').Append(Neutralize(course.Notes.Trim())).Append('\n');
        }

        return text.Append("</lop_hoc>\n").ToString();
    }

    /// <summary>
    /// Makes untrusted text inert inside the prompt: angle brackets cannot open or close a delimiter element,
    /// and bracketed numbers (footnotes in the source) cannot pass for citations.
    /// </summary>
    public static string Neutralize(string text)
    {
        var safe = text.Replace('<', '‹').Replace('>', '›');
        return BracketedNumber().Replace(safe, "($1)");
    }

    private static void AppendAttribute(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(' ').Append(name).Append("=\"").Append(Attribute(value)).Append('"');
        }
    }

    private static string Attribute(string text) =>
        Neutralize(text.Trim()).Replace('"', '\'').ReplaceLineEndings(" ");

    [GeneratedRegex(@"\[\s*(\d{1,4})\s*\]")]
    private static partial Regex BracketedNumber();
}
