using System.ComponentModel.DataAnnotations;

namespace DanVan.Core.Storage;

/// <summary>Where the single SQLite database file lives.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Path of the SQLite file; relative paths are resolved against the working directory.</summary>
    [Required(ErrorMessage = "Storage:DatabasePath must be set to a file path, e.g. data/danvan.db.")]
    public string DatabasePath { get; set; } = "data/danvan.db";
}
