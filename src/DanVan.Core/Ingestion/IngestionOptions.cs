using System.ComponentModel.DataAnnotations;

namespace DanVan.Core.Ingestion;

/// <summary>Limits on ingested files.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Largest accepted file in bytes (default 20 MB, the cloud Bot API's download limit).</summary>
    [Range(1, 1L << 32, ErrorMessage = "Ingestion:MaxFileBytes must be a positive number of bytes.")]
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;
}
