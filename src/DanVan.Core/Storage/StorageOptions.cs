using DanVan.Core.Settings;

namespace DanVan.Core.Storage;

/// <summary>Where the single SQLite database file lives.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Path of the SQLite file; relative paths are resolved against the working directory.</summary>
    [SettingRequired(ErrorMessage = "Storage:DatabasePath must be set to a file path, e.g. data/danvan.db.")]
    public string DatabasePath { get; set; } = "data/danvan.db";

    /// <summary>
    /// A ceiling on the database size in megabytes (0, the default: none). Writes beyond it fail as on a full disk, which
    /// the bot survives (it pauses and resumes when space is freed); useful to keep the bot from filling a shared disk.
    /// </summary>
    [SettingRange(0, 1_000_000, ErrorMessage = "Storage:MaxDatabaseMegabytes must be between 0 (no limit) and 1000000.")]
    public int MaxDatabaseMegabytes { get; set; }
}
