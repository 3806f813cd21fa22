using DanVan.Core.Settings;

namespace DanVan.Core.Reading;

/// <summary>Where admins extend the bundled recommended reading list.</summary>
public sealed class ReadingListOptions
{
    public const string SectionName = "ReadingList";

    /// <summary>
    /// JSON file of extra entries (same shape as the bundled list), relative to the working directory: by default beside
    /// the <c>knowledge/</c> folder. A missing file is fine; a malformed one is reported and skipped.
    /// </summary>
    [SettingRequired(ErrorMessage = "ReadingList:Path must name a file (it need not exist).")]
    public string Path { get; set; } = "recommended-documents.json";
}
