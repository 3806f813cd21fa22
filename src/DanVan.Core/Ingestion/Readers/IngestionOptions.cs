using DanVan.Core.Settings;

namespace DanVan.Core.Ingestion.Readers;

/// <summary>Limits used when reading uploaded documents.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Largest file accepted, in bytes (default 20 MB, the Telegram bot download limit).</summary>
    [SettingRange(1, 1024L * 1024 * 1024, ErrorMessage = "Ingestion:MaxFileBytes must be between 1 byte and 1 GB.")]
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How long reading one PDF may take before the file is refused.</summary>
    [SettingRange(1, 3600, ErrorMessage = "Ingestion:PdfTimeoutSeconds must be between 1 and 3600.")]
    public int PdfTimeoutSeconds { get; set; } = 30;
}
