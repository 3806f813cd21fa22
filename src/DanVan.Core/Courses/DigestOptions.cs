using System.ComponentModel.DataAnnotations;

namespace DanVan.Core.Courses;

/// <summary>When the daily course digest is posted and how far ahead it looks. Section "Digest".</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Local time of day, HH:mm (24-hour), e.g. "07:00".</summary>
    public string Time { get; set; } = "07:00";

    /// <summary>IANA time zone id, e.g. "Asia/Ho_Chi_Minh" or "Europe/Berlin".</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>Courses starting within this many days (after today) are listed, besides those in progress.</summary>
    [Range(0, 60, ErrorMessage = "Digest:DaysAhead must be a whole number of days from 0 to 60 (default 7).")]
    public int DaysAhead { get; set; } = 7;
}
