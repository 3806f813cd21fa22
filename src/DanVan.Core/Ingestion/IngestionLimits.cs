using System.Globalization;

namespace DanVan.Core.Ingestion;

/// <summary>Messages about the size limit, shared by the pipeline, the CLI and Telegram.</summary>
public static class IngestionLimits
{
    public static string TooLargeMessage(string fileName, long size, long limit) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Tệp '{fileName}' có dung lượng {size / 1048576.0:0.#} MB, vượt giới hạn {limit / 1048576.0:0.#} MB.");
}
