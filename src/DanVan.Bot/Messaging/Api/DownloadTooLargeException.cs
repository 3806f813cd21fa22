namespace DanVan.Bot.Messaging.Api;

/// <summary>A file download stopped at the limit (Telegram:MaxDownloadBytes or Ingestion:MaxFileBytes).</summary>
public sealed class DownloadTooLargeException : IOException
{
    public DownloadTooLargeException(long maxBytes)
        : base($"The file is larger than the limit of {maxBytes} bytes.") => MaxBytes = maxBytes;

    public DownloadTooLargeException()
        : this(0)
    {
    }

    public DownloadTooLargeException(string message)
        : base(message)
    {
    }

    public DownloadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long MaxBytes { get; }
}
