using System.Globalization;

namespace DanVan.Core.Courses;

/// <summary>
/// The digest's clock: which local day an instant falls on and at which instant a day's digest is due, in the
/// configured zone. Daylight saving: a time that does not exist that day (clocks jump forward) is due at the first
/// minute that does; a time that occurs twice (clocks fall back) is due at its first occurrence.
/// </summary>
public sealed class DigestSchedule
{
    private const string VietnamZoneId = "Asia/Ho_Chi_Minh";

    public DigestSchedule(TimeZoneInfo zone, TimeOnly time, int daysAhead)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(daysAhead);
        Zone = zone;
        Time = time;
        DaysAhead = daysAhead;
    }

    public TimeZoneInfo Zone { get; }

    public TimeOnly Time { get; }

    public int DaysAhead { get; }

    /// <summary>"giờ Việt Nam" for Vietnam, else "giờ Europe/Berlin".</summary>
    public string ZoneLabel => Zone.Id == VietnamZoneId ? "giờ Việt Nam" : $"giờ {Zone.Id}";

    public static DigestSchedule FromOptions(DigestOptions options) =>
        TryCreate(options, out var schedule, out var error) ? schedule! : throw new InvalidOperationException(error);

    public static bool TryCreate(DigestOptions options, out DigestSchedule? schedule, out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        schedule = null;
        if (!TimeOnly.TryParseExact(options.Time?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            error = $"Digest:Time '{options.Time}' is not a time of day. Write it as HH:mm in 24-hour form, e.g. \"07:00\".";
            return false;
        }

        if (!TryFindZone(options.TimeZone?.Trim() ?? string.Empty, out var zone))
        {
            error = $"Digest:TimeZone '{options.TimeZone}' is not a time zone known to this machine. Use an IANA id such as " +
                    "\"Asia/Ho_Chi_Minh\" (the default) or \"Europe/Berlin\"; on Linux the tzdata package provides them.";
            return false;
        }

        if (options.DaysAhead is < 0 or > 60)
        {
            error = $"Digest:DaysAhead {options.DaysAhead} is out of range: use 0 to 60 days (default 7).";
            return false;
        }

        schedule = new DigestSchedule(zone!, time, options.DaysAhead);
        error = null;
        return true;
    }

    /// <summary>The local calendar day of <paramref name="instant"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant the digest for <paramref name="localDate"/> is due.</summary>
    public DateTimeOffset DueAt(DateOnly localDate)
    {
        var local = localDate.ToDateTime(Time, DateTimeKind.Unspecified);
        for (var guard = 0; Zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static bool TryFindZone(string id, out TimeZoneInfo? zone)
    {
        if (id.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone))
        {
            return true;
        }

        // Vietnam has kept UTC+7 without daylight saving since 1975, so the default works even where tzdata is missing
        // (minimal containers).
        zone = id == VietnamZoneId
            ? TimeZoneInfo.CreateCustomTimeZone(VietnamZoneId, TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam")
            : null;
        return zone is not null;
    }
}
