namespace DanVan.Core.Courses;

/// <summary>A course candidate while the extractor is still reading the document (later sentences may add the end date).</summary>
internal sealed class CandidateDraft(int sentenceIndex, DateMention start, int? year, string evidence)
{
    private int? _endDay;
    private int? _endMonth;
    private int? _endYear;
    private int? _durationDays;

    public int SentenceIndex { get; } = sentenceIndex;

    public required string Title { get; init; }

    public string? Location { get; init; }

    public string? Audience { get; init; }

    public string? Organiser { get; init; }

    /// <summary>True when <paramref name="mention"/> is about the same first day (its year, if given, agrees).</summary>
    public bool SameStart(DateMention mention) =>
        !start.MonthOnly && mention.Day == start.Day && mention.Month == start.Month
        && (mention.Year is null || year is null || mention.Year == year);

    /// <summary>Takes an end date from a later sentence about the same course, unless one is known already.</summary>
    public void Refine(DateMention mention, int? durationDays)
    {
        if (_endDay is not null || _durationDays is not null)
        {
            return;
        }

        if (mention.HasEnd)
        {
            (_endDay, _endMonth, _endYear) = (mention.EndDay, mention.EndMonth, mention.EndYear);
        }
        else if (durationDays is { } days)
        {
            ExtendBy(days);
        }
    }

    public void ExtendBy(int days)
    {
        if (_endDay is null && _durationDays is null && !start.MonthOnly)
        {
            _durationDays = days;
        }
    }

    public CourseCandidate? ToCandidate()
    {
        var endDay = _endDay ?? start.EndDay;
        var endMonth = _endMonth ?? start.EndMonth;
        var endYear = _endYear ?? start.EndYear;
        if (year is not { } y)
        {
            var written = endDay is null ? start.DayMonthText : $"{start.Day}/{start.Month}–{endDay}/{endMonth}";
            return new CourseCandidate(Title, null, null, start.MonthOnly, $"{written} (chưa rõ năm)", Location, Audience, Organiser, evidence);
        }

        if (start.MonthOnly)
        {
            var first = new DateOnly(y, start.Month, 1);
            return new CourseCandidate(Title, first, first.AddMonths(1).AddDays(-1), true, $"tháng {start.Month}/{y}",
                Location, Audience, Organiser, evidence);
        }

        if (start.Day!.Value > DateTime.DaysInMonth(y, start.Month))
        {
            return null;
        }

        var startDate = new DateOnly(y, start.Month, start.Day.Value);
        DateOnly? endDate = null;
        if (endDay is { } d && endMonth is { } m)
        {
            var ey = endYear ?? (m < start.Month ? y + 1 : y);
            endDate = d <= DateTime.DaysInMonth(ey, m) ? new DateOnly(ey, m, d) : null;
        }
        else if (_durationDays is { } days && days > 1)
        {
            endDate = startDate.AddDays(days - 1);
        }

        if (endDate is { } last && (last < startDate || last == startDate))
        {
            endDate = null;
        }

        return new CourseCandidate(Title, startDate, endDate, false, VietnameseDateFormat.FormatRange(startDate, endDate),
            Location, Audience, Organiser, evidence);
    }
}
