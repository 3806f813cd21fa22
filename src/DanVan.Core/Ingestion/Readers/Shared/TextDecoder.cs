using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace DanVan.Core.Ingestion.Readers.Shared;

/// <summary>
/// Turns the bytes of a text file into normalised text (see <see cref="TextNormalizer"/>). Recognises UTF-8 (with or
/// without BOM), UTF-16 LE/BE (BOM, or BOM-less by the pattern of zero bytes) and the legacy Vietnamese code page
/// Windows-1258 (only when the bytes are not UTF-8 and the result reads as Vietnamese).
/// </summary>
public static class TextDecoder
{
    private const int Utf16SampleBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1258 = CreateWindows1258();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    /// <summary>Code-page encodings (Windows-1258 and those named by HTML meta charset) come from the in-box provider.</summary>
    internal static void EnsureCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding CreateWindows1258()
    {
        EnsureCodePages();
        return Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Decodes and normalises; throws <see cref="DocumentFormatException"/> with the reason when the bytes are not text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) =>
        TryDecode(bytes, out var text, out var reason) ? text : throw new DocumentFormatException(reason);

    /// <summary>Decodes and normalises; false with a reason (Vietnamese, for admins) when the bytes are not text.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? reason)
    {
        var raw = DecodeRaw(bytes, truncated: false, out reason);
        text = raw is null ? null : TextNormalizer.Normalize(raw);
        return text is not null;
    }

    /// <summary>
    /// Decodes without normalising. <paramref name="truncated"/> says the bytes are only the head of a longer file, so a
    /// character cut at the end is not an error.
    /// </summary>
    internal static string? DecodeRaw(ReadOnlySpan<byte> bytes, bool truncated, out string? reason)
    {
        reason = null;
        if (bytes.StartsWith(Utf8Bom))
        {
            return DecodeStrict(StrictUtf8, TrimUtf8Tail(bytes[3..], truncated), "UTF-8", out reason);
        }

        if (bytes.StartsWith(Utf16LeBom))
        {
            return DecodeStrict(StrictUtf16Le, TrimUtf16Tail(bytes[2..], truncated), "UTF-16", out reason);
        }

        if (bytes.StartsWith(Utf16BeBom))
        {
            return DecodeStrict(StrictUtf16Be, TrimUtf16Tail(bytes[2..], truncated), "UTF-16", out reason);
        }

        var utf16 = GuessBomlessUtf16(bytes);
        if (utf16 is not null)
        {
            return DecodeStrict(utf16, TrimUtf16Tail(bytes, truncated), "UTF-16", out reason);
        }

        if (bytes.Contains((byte)0))
        {
            reason = "Tệp chứa dữ liệu nhị phân (byte 0), không phải văn bản.";
            return null;
        }

        var body = TrimUtf8Tail(bytes, truncated);
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return CheckControls(StrictUtf8.GetString(body), out reason);
        }

        var legacy = TryWindows1258(bytes);
        if (legacy is not null)
        {
            return CheckControls(legacy, out reason);
        }

        reason = "Tệp không phải văn bản UTF-8 và không nhận ra được bảng mã (đã thử UTF-16 và Windows-1258). " +
                 "Hãy mở tệp và lưu lại dưới dạng UTF-8.";
        return null;
    }

    private static string? DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string? reason)
    {
        try
        {
            reason = null;
            return CheckControls(encoding.GetString(bytes), out reason);
        }
        catch (DecoderFallbackException)
        {
            reason = $"Tệp khai báo bảng mã {name} nhưng chứa byte không hợp lệ (tệp bị hỏng hoặc bị cắt cụt).";
            return null;
        }
    }

    /// <summary>
    /// Text with control characters (more than 1 in 100; 0x1A, the DOS end-of-file mark, is tolerated) is a binary
    /// file that happens to decode.
    /// </summary>
    private static string? CheckControls(string text, out string? reason)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c is < ' ' and not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u001A') || c == '\u007F')
            {
                controls++;
            }
        }

        if (text.Contains('\0') || controls > text.Length / 100)
        {
            reason = "Tệp chứa nhiều ký tự điều khiển: đây là dữ liệu nhị phân, không phải văn bản.";
            return null;
        }

        reason = null;
        return text;
    }

    /// <summary>ASCII-heavy UTF-16 has a zero in (nearly) every high byte and (nearly) no zero in the low bytes.</summary>
    private static UnicodeEncoding? GuessBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, Utf16SampleBytes)];
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 <= pairs)
        {
            return StrictUtf16Le;
        }

        return evenZeros * 10 >= pairs * 3 && oddZeros * 20 <= pairs ? StrictUtf16Be : null;
    }

    private static string? TryWindows1258(ReadOnlySpan<byte> bytes)
    {
        string decoded;
        try
        {
            decoded = Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return VietnameseScript.LooksVietnamese(decoded) ? decoded : null;
    }

    private static ReadOnlySpan<byte> TrimUtf16Tail(ReadOnlySpan<byte> bytes, bool truncated) =>
        truncated && bytes.Length % 2 == 1 ? bytes[..^1] : bytes;

    /// <summary>Cuts a multi-byte UTF-8 sequence left incomplete at the end of a head sample.</summary>
    private static ReadOnlySpan<byte> TrimUtf8Tail(ReadOnlySpan<byte> bytes, bool truncated)
    {
        if (!truncated)
        {
            return bytes;
        }

        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte: look further back for the lead byte
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? bytes[..^back] : bytes;
        }

        return bytes;
    }
}
