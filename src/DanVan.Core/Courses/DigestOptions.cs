using System.ComponentModel.DataAnnotations;
using DanVan.Core.Settings;

namespace DanVan.Core.Courses;

/// <summary>When the daily course digest is posted and how far ahead it looks. Section "Digest".</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string SectionName = "Digest";

    /// <summary>Local time of day, HH:mm (24-hour), e.g. "07:00".</summary>
    public string Time { get; set; } = "07:00";

    /// <summary>IANA time zone id, e.g. "Asia/Ho_Chi_Minh" or "Europe/Berlin".</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>Courses starting within this many days (after today) are listed, besides those in progress.</summary>
    [SettingRange(0, 60, ErrorMessage = "Digest:DaysAhead must be a whole number of days from 0 to 60 (default 7).")]
    public int DaysAhead { get; set; } = 7;

    /// <summary>Digest:Time and Digest:TimeZone, with a message that says what to write instead.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DigestSchedule.TryCreate(this, out _, out var error))
        {
            yield return new ValidationResult(error);
        }
    }
}
