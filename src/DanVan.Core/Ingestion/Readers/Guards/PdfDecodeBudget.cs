using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DanVan.Core.Ingestion.Readers.Guards;

/// <summary>
/// The PDF library's stream filters, wrapped so one document can inflate at most a fixed number of bytes in all, and
/// one stream at most a smaller number. A Flate stream is measured with a bounded inflater before the library
/// inflates it, so a PDF bomb (a few KB that inflate to gigabytes) is refused without ever being held in memory.
/// </summary>
internal sealed class PdfDecodeBudget : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly long _maxStreamBytes;
    private long _remaining;

    public PdfDecodeBudget(long maxTotalBytes, long maxStreamBytes)
    {
        _remaining = maxTotalBytes;
        _maxStreamBytes = maxStreamBytes;
    }

    /// <summary>Checked between streams: the reader stops here once its time is up.</summary>
    public CancellationToken Cancellation { get; init; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new Bounded(f, this)).ToList();

    private void Spend(long bytes)
    {
        if (bytes > _maxStreamBytes || Interlocked.Add(ref _remaining, -bytes) < 0)
        {
            throw new DocumentFormatException(
                $"Tệp PDF bị từ chối: dữ liệu nén bên trong giải nén ra quá lớn (một luồng tối đa {_maxStreamBytes / (1024 * 1024)} MB; " +
                "có thể là tệp độc hại). Hãy xuất lại PDF từ văn bản gốc.");
        }
    }

    /// <summary>Inflates a zlib stream without keeping it, stopping one byte past the limit; false when the limit is passed.</summary>
    private static bool InflatesWithin(ReadOnlySpan<byte> zlib, long limit, out long size)
    {
        size = 0;
        if (zlib.Length < 2)
        {
            return true;
        }

        // Skip the two-byte zlib header; a damaged stream is left to the library to report.
        using var inflater = new DeflateStream(new MemoryStream(zlib[2..].ToArray(), writable: false), CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                size += read;
                if (size > limit)
                {
                    return false;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Corrupt data: the library decides what it can recover.
        }

        return true;
    }

    private sealed class Bounded(IFilter inner, PdfDecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Cancellation.ThrowIfCancellationRequested();
            if (inner is FlateFilter && !InflatesWithin(input.Span, Math.Min(budget._maxStreamBytes, Volatile.Read(ref budget._remaining)), out _))
            {
                budget.Spend(long.MaxValue / 2);
            }

            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Spend(output.Length);
            return output;
        }
    }
}
