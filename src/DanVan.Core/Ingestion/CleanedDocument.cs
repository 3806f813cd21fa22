using DanVan.Core.Ingestion.Readers;

namespace DanVan.Core.Ingestion;

/// <summary>Body blocks without web-page debris, plus the lines the cleaner set aside because they carry metadata.</summary>
public sealed class CleanedDocument
{
    public List<Block> Blocks { get; } = [];

    /// <summary>"Nguồn: …", "(theo báo …)" lines.</summary>
    public List<string> SourceLines { get; } = [];

    /// <summary>Page-header date lines such as "Thứ Năm, 25/7/2024" (the page's date, not necessarily the article's).</summary>
    public List<string> PageDateLines { get; } = [];

    /// <summary>Lead tag such as "Baonghean.vn" or "CMO" from "(Baonghean.vn) - Sáng 27/8 …".</summary>
    public string? LeadTag { get; set; }
}
