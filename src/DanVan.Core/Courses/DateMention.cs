namespace DanVan.Core.Courses;

/// <summary>
/// A date or date range found in running text, with the parts the text actually gave: "Sáng 1/11" has no year,
/// "tháng 6-2016" has no day (<see cref="MonthOnly"/>), "từ ngày 1 đến ngày 3/11" has an end day.
/// </summary>
internal sealed record DateMention(
    int Index,
    int Length,
    int? Day,
    int Month,
    int? Year,
    int? EndDay = null,
    int? EndMonth = null,
    int? EndYear = null)
{
    public bool MonthOnly => Day is null;

    public bool HasEnd => EndDay is not null;

    /// <summary>The day/month as written, for messages when the year is unknown: "1/11–3/11".</summary>
    public string DayMonthText => HasEnd
        ? $"{Day}/{Month}–{EndDay}/{EndMonth}"
        : MonthOnly ? $"tháng {Month}" : $"{Day}/{Month}";
}
